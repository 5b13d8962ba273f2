#include "routine/duration.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdint>

namespace knead::routine {
namespace {

void set_why(std::string *why, std::string message) {
  if (why != nullptr) {
    *why = std::move(message);
  }
}

} // namespace

std::optional<std::chrono::seconds> parse_duration(std::string_view text, std::string *why) {
  if (text.empty()) {
    set_why(why, "the duration is empty");
    return std::nullopt;
  }
  // Units must appear largest first and at most once: "1m30s", not "30s1m".
  constexpr std::string_view k_units = "hms";
  constexpr std::int64_t k_unit_seconds[] = {3600, 60, 1};
  constexpr std::int64_t k_max_seconds = 1'000'000;
  std::size_t next_unit = 0;
  std::int64_t total = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) {
      set_why(why, fmt::format("expected a number at \"{}\"", text.substr(i)));
      return std::nullopt;
    }
    std::int64_t number = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0) {
      number = number * 10 + (text[i] - '0');
      if (number > 1'000'000) {
        set_why(why, "the number is too large");
        return std::nullopt;
      }
      ++i;
    }
    if (i == text.size()) {
      set_why(why, "a number needs a unit (h, m or s)");
      return std::nullopt;
    }
    const auto unit = k_units.find(text[i], next_unit);
    if (unit == std::string_view::npos) {
      if (k_units.find(text[i]) != std::string_view::npos) {
        set_why(why, "units go largest first, each once (as in \"1h5m\" or \"1m30s\")");
      } else {
        set_why(why, fmt::format("unknown unit '{}' (use h, m or s)", text[i]));
      }
      return std::nullopt;
    }
    total += number * k_unit_seconds[unit];
    // Each number is capped, but "1000000h" is still more seconds than any use needs,
    // and format_duration could not write the sum back in a form this parser accepts.
    if (total > k_max_seconds) {
      set_why(why, fmt::format("the duration is too long (the limit is {}s)", k_max_seconds));
      return std::nullopt;
    }
    next_unit = unit + 1;
    ++i;
  }
  return std::chrono::seconds(total);
}

std::string format_duration(std::chrono::seconds duration) {
  auto total = duration.count();
  if (total == 0) {
    return "0s";
  }
  std::string out;
  if (total < 0) {
    out += '-';
    total = -total;
  }
  const auto hours = total / 3600;
  const auto minutes = total % 3600 / 60;
  const auto seconds = total % 60;
  if (hours > 0) {
    out += fmt::format("{}h", hours);
  }
  if (minutes > 0) {
    out += fmt::format("{}m", minutes);
  }
  if (seconds > 0) {
    out += fmt::format("{}s", seconds);
  }
  return out;
}

std::string format_clock(std::chrono::seconds duration) {
  auto total = duration.count();
  const char *sign = "";
  if (total < 0) {
    sign = "-";
    total = -total;
  }
  if (total >= 3600) {
    return fmt::format("{}{}:{:02}:{:02}", sign, total / 3600, total % 3600 / 60, total % 60);
  }
  return fmt::format("{}{}:{:02}", sign, total / 60, total % 60);
}

} // namespace knead::routine
