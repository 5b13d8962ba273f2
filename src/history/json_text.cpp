#include "history/json_text.hpp"

#include <fmt/format.h>

namespace knead::history {

std::string json_int(std::optional<int> value) {
  return value ? std::to_string(*value) : "null";
}

std::string json_decimal(std::optional<double> value) {
  return value ? fmt::format("{:.1f}", *value) : "null";
}

std::string json_number(double value) {
  return fmt::format("{}", value);
}

} // namespace knead::history
