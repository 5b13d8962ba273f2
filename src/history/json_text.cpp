#include "history/json_text.hpp"

#include "util/sanitize.hpp"

#include <fmt/format.h>

namespace knead::history {

std::string json_string(std::string_view text) {
  const auto safe = sanitize_for_terminal(text);
  std::string quoted = "\"";
  for (const char c : safe) {
    switch (c) {
    case '"':
      quoted += "\\\"";
      break;
    case '\\':
      quoted += "\\\\";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        quoted += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
      } else {
        quoted += c;
      }
    }
  }
  quoted += '"';
  return quoted;
}

std::string json_int(std::optional<int> value) {
  return value ? std::to_string(*value) : "null";
}

std::string json_decimal(std::optional<double> value) {
  return value ? fmt::format("{:.1f}", *value) : "null";
}

} // namespace knead::history
