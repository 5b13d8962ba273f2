#include "history/pain.hpp"

#include <istream>
#include <ostream>
#include <string>

namespace knead::history {
namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

} // namespace

std::optional<int> parse_pain(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.size() > 2) {
    return std::nullopt;
  }
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  if (value > 10) {
    return std::nullopt;
  }
  return value;
}

std::optional<int> ask_pain(std::istream &in, std::ostream &out) {
  for (;;) {
    out << k_pain_question << ' ' << std::flush;
    std::string line;
    if (!std::getline(in, line)) {
      out << '\n';
      return std::nullopt;
    }
    if (trim(line).empty()) {
      return std::nullopt;
    }
    if (const auto rating = parse_pain(line)) {
      return rating;
    }
    out << "Please type a whole number from 0 to 10, or press Enter to skip.\n";
  }
}

} // namespace knead::history
