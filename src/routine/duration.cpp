#include "routine/duration.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace knead::routine {
namespace {

// The unit words people write, and the unit (0 h, 1 m, 2 s) each means.
struct UnitWord {
  std::string_view word;
  int unit;
};
constexpr std::array<UnitWord, 15> k_unit_words = {{{"h", 0},
                                                    {"hr", 0},
                                                    {"hrs", 0},
                                                    {"hour", 0},
                                                    {"hours", 0},
                                                    {"m", 1},
                                                    {"min", 1},
                                                    {"mins", 1},
                                                    {"minute", 1},
                                                    {"minutes", 1},
                                                    {"s", 2},
                                                    {"sec", 2},
                                                    {"secs", 2},
                                                    {"second", 2},
                                                    {"seconds", 2}}};

int unit_of_word(std::string_view word) {
  for (const auto &known : k_unit_words) {
    if (known.word == word) {
      return known.unit;
    }
  }
  return -1;
}

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
  constexpr std::string_view k_unit_names[] = {"hours", "minutes", "seconds"};
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
    // Strict: "1h60m" is "2h" and "1m90s" is "2m30s"; after a larger unit the next
    // counts up to 59, so each duration has one spelling.
    if (next_unit > 0 && number >= 60) {
      set_why(why, fmt::format("after {}, {} go up to 59", k_unit_names[next_unit - 1],
                               k_unit_names[unit]));
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

std::string suggest_duration(std::string_view text) {
  std::string fixed;
  std::int64_t total = 0;
  int last_unit = -1;
  std::size_t i = 0;
  const auto blank = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
      ++i;
    }
  };
  blank();
  while (i < text.size()) {
    const auto start = i;
    while (i < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[i])) != 0 || text[i] == '.')) {
      ++i;
    }
    const auto number_text = text.substr(start, i - start);
    blank();
    std::string word;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])) != 0) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      ++i;
    }
    blank();
    if (number_text.empty() || number_text.size() > 7 || number_text.front() == '.') {
      return {};
    }
    int unit = 0;
    if (word.empty()) {
      // "1m30": the unit after the last one written.
      if (last_unit < 0 || last_unit > 1 || i < text.size()) {
        return {};
      }
      unit = last_unit + 1;
    } else {
      unit = unit_of_word(word);
      if (unit < 0) {
        return {};
      }
    }
    if (std::count(number_text.begin(), number_text.end(), '.') > 1) {
      return {};
    }
    constexpr std::array<double, 3> k_seconds_of_unit = {3600, 60, 1};
    const double seconds =
        std::stod(std::string(number_text)) * k_seconds_of_unit[static_cast<std::size_t>(unit)];
    if (seconds != static_cast<double>(static_cast<std::int64_t>(seconds))) {
      return {}; // a fraction of a second
    }
    total += static_cast<std::int64_t>(seconds);
    fixed += std::string(number_text);
    fixed += "hms"[unit];
    last_unit = unit;
  }
  if (last_unit < 0 || total <= 0) {
    return {};
  }
  if (!parse_duration(fixed)) {
    fixed = format_duration(std::chrono::seconds(total));
  }
  if (fixed == text || !parse_duration(fixed)) {
    return {};
  }
  return fixed;
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
