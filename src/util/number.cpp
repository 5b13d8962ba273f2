#include "util/number.hpp"

#include <algorithm>
#include <charconv>

namespace knead::number {
namespace {

constexpr std::size_t k_max_digits = 12; // k_max_whole has 12

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The digits with the leading zeros taken off, "0" for all zeros: so "000000000000012"
// is not refused for its length.
std::string_view significant(std::string_view digits) {
  const auto first = digits.find_first_not_of('0');
  return first == std::string_view::npos ? digits.substr(digits.size() - 1) : digits.substr(first);
}

} // namespace

std::optional<std::uint64_t> parse_whole(std::string_view text) {
  if (!all_digits(text)) {
    return std::nullopt;
  }
  const auto digits = significant(text);
  if (digits.size() > k_max_digits) {
    return std::nullopt;
  }
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size() || value > k_max_whole) {
    return std::nullopt;
  }
  return value;
}

std::optional<double> parse_decimal(std::string_view text) {
  const auto point = text.find('.');
  const auto whole = text.substr(0, point);
  if (!all_digits(whole) || significant(whole).size() > k_max_digits) {
    return std::nullopt;
  }
  if (point != std::string_view::npos && !all_digits(text.substr(point + 1))) {
    return std::nullopt;
  }
  double value = 0;
  const auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

} // namespace knead::number
