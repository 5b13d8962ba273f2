#pragma once

#include "util/error.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace knead::cli {

// A command line that cannot be used, with a hint for a likely typo ("did you mean
// \"chime\"?", empty when there is none): printed as the error line, then the hint.
class CommandLineError : public UsageError {
public:
  CommandLineError(std::string option, const std::string &message, std::string hint = {})
      : UsageError(message), m_option(std::move(option)), m_hint(std::move(hint)) {}
  // The option whose value was refused ("--speed"), or empty for a positional.
  [[nodiscard]] const std::string &option() const { return m_option; }
  [[nodiscard]] const std::string &hint() const { return m_hint; }

private:
  std::string m_option;
  std::string m_hint;
};

// The checks of option values. Each refuses a value with one house-style sentence
// naming the option ("--pain-before must be a whole number from 0 to 10, not \"11\"")
// as a CommandLineError, which the app prints with the command's help named;
// CLI11's own checks word it "--pain-before: Value 11 not in range 0 to 10".

// A whole number from `min` to `max`, in decimal digits alone (no sign, space,
// exponent or hex). The value is handed on in plain digits, since CLI11 itself would
// read "010" as octal 8.
CLI::Validator whole_number(const std::string &option, std::uint64_t min, std::uint64_t max);

// A decimal number above 0 and at most `max` ("2", "0.5"; not "1e3" or "0x10").
CLI::Validator positive_decimal(const std::string &option, double max);

// One of `choices`, with a did-you-mean for a likely typo. Described as CLI11's
// IsMember is ("{auto,always,never}"), which is how completions find the choices.
CLI::Validator one_of(const std::string &option, const std::vector<std::string> &choices);

// `value` in double quotes for a message, cut to 60 bytes (at a character's start)
// so that a huge argument cannot make a huge message.
std::string quoted_value(const std::string &value);

} // namespace knead::cli
