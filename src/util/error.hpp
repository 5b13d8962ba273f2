#pragma once

#include "util/exit_code.hpp"

#include <stdexcept>
#include <string>

namespace knead {

// The one error type for "the user gave us something we can't use". It is thrown
// where the problem is found and caught once in cli::run_app, which prints
// "knead: error: <what>" and exits with `exit_code`.
class Error : public std::runtime_error {
public:
  explicit Error(const std::string &message, int exit_code = exit_code::k_error)
      : std::runtime_error(message), m_exit_code(exit_code) {}

  [[nodiscard]] int exit_code() const { return m_exit_code; }

private:
  int m_exit_code;
};

// An Error that is the command line's fault: it exits with the usage code 2.
class UsageError : public Error {
public:
  explicit UsageError(const std::string &message) : Error(message, exit_code::k_usage) {}
};

} // namespace knead
