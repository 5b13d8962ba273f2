#include "cli/checks.hpp"

#include "routine/suggest.hpp"
#include "util/number.hpp"

#include <fmt/format.h>

#include <string_view>

namespace knead::cli {
namespace {

constexpr std::size_t k_quoted_max = 60;

// "auto, always or never".
std::string choice_list(const std::vector<std::string> &choices) {
  std::string list;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) {
      list += i + 1 == choices.size() ? " or " : ", ";
    }
    list += choices[i];
  }
  return list;
}

} // namespace

std::string quoted_value(const std::string &value) {
  if (value.size() <= k_quoted_max) {
    return "\"" + value + "\"";
  }
  auto cut = k_quoted_max;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0U) == 0x80U) {
    --cut; // not inside a UTF-8 character
  }
  return "\"" + value.substr(0, cut) + "…\"";
}

CLI::Validator whole_number(const std::string &option, std::uint64_t min, std::uint64_t max) {
  const std::string range = max >= number::k_max_whole ? fmt::format(", {} or more", min)
                                                       : fmt::format(" from {} to {}", min, max);
  return {[option, min, max, range](std::string &text) -> std::string {
            const auto value = number::parse_whole(text);
            if (!value || *value < min || *value > max) {
              throw CommandLineError(option, fmt::format("{} must be a whole number{}, not {}",
                                                         option, range, quoted_value(text)));
            }
            text = std::to_string(*value);
            return {};
          },
          ""};
}

CLI::Validator positive_decimal(const std::string &option, double max) {
  return {[option, max](std::string &text) -> std::string {
            const auto value = number::parse_decimal(text);
            if (!value || *value <= 0 || *value > max) {
              throw CommandLineError(
                  option, fmt::format("{} must be a number above 0 and at most {}, such as 2 "
                                      "or 0.5, not {}",
                                      option, max, quoted_value(text)));
            }
            return {};
          },
          ""};
}

CLI::Validator one_of(const std::string &option, const std::vector<std::string> &choices) {
  std::string description = "{";
  for (const auto &choice : choices) {
    description += (description.size() > 1 ? "," : "") + choice;
  }
  description += "}";
  return {[option, choices](std::string &text) -> std::string {
            for (const auto &choice : choices) {
              if (text == choice) {
                return {};
              }
            }
            std::vector<std::string_view> words(choices.begin(), choices.end());
            const auto close = routine::closest_match(text, words);
            throw CommandLineError(option,
                                   fmt::format("{} must be {}, not {}", option,
                                               choice_list(choices), quoted_value(text)),
                                   close.empty() ? "" : "did you mean \"" + close + "\"?");
          },
          description};
}

} // namespace knead::cli
