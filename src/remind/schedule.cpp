#include "remind/schedule.hpp"

#include "util/error.hpp"
#include "util/number.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <vector>

namespace knead::remind {
namespace {

constexpr std::array<std::string_view, 7> k_short_names = {"mon", "tue", "wed", "thu",
                                                           "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> k_long_names = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 7> k_systemd_names = {"Mon", "Tue", "Wed", "Thu",
                                                             "Fri", "Sat", "Sun"};

constexpr std::string_view k_days_form =
    "--days takes daily, weekdays, weekends, or day names and ranges such as mon-fri or "
    "sat,sun";

std::string_view name_of(const std::array<std::string_view, 7> &names, int day) {
  return names[static_cast<std::size_t>(day)];
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto &c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

int day_index(std::string_view name) {
  auto key = lower(name);
  for (int i = 0; i < 7; ++i) {
    if (key == name_of(k_short_names, i) || key == name_of(k_long_names, i)) {
      return i;
    }
  }
  return -1;
}

[[noreturn]] void bad_days(std::string_view text) {
  throw UsageError(fmt::format("{}; got \"{}\"", k_days_form, text));
}

unsigned parse_day_item(std::string_view item, std::string_view whole) {
  auto key = lower(item);
  if (key == "daily" || key == "everyday" || key == "all") {
    return k_every_day;
  }
  if (key == "weekdays") {
    return 0x1f;
  }
  if (key == "weekends") {
    return 0x60;
  }
  auto dash = item.find('-');
  if (dash == std::string_view::npos) {
    int day = day_index(item);
    if (day < 0) {
      bad_days(whole);
    }
    return 1U << day;
  }
  int first = day_index(item.substr(0, dash));
  int last = day_index(item.substr(dash + 1));
  if (first < 0 || last < 0) {
    bad_days(whole);
  }
  unsigned bits = 0;
  for (int day = first;; day = (day + 1) % 7) {
    bits |= 1U << day;
    if (day == last) {
      break;
    }
  }
  return bits;
}

bool parse_number(std::string_view text, int &value) {
  const auto whole = text.size() <= 2 ? number::parse_whole(text) : std::nullopt;
  if (!whole) {
    return false;
  }
  value = static_cast<int>(*whole);
  return true;
}

// Runs of consecutive days: {first, last} pairs, Monday-based, not wrapping.
std::vector<std::pair<int, int>> day_runs(unsigned days) {
  std::vector<std::pair<int, int>> runs;
  for (int day = 0; day < 7; ++day) {
    if ((days & (1U << day)) == 0) {
      continue;
    }
    if (!runs.empty() && runs.back().second == day - 1) {
      runs.back().second = day;
    } else {
      runs.emplace_back(day, day);
    }
  }
  return runs;
}

// The days as runs of names: "Mon..Fri,Sun" or "mon-fri,sun".
std::string day_list(unsigned days, const std::array<std::string_view, 7> &names,
                     std::string_view range) {
  std::string out;
  for (auto [first, last] : day_runs(days)) {
    out += fmt::format("{}{}", out.empty() ? "" : ",", name_of(names, first));
    if (last != first) {
      out += fmt::format("{}{}", range, name_of(names, last));
    }
  }
  return out;
}

} // namespace

void parse_time_of_day(std::string_view text, Schedule &schedule) {
  auto colon = text.find(':');
  int hour = -1;
  int minute = -1;
  bool ok = colon != std::string_view::npos && parse_number(text.substr(0, colon), hour) &&
            text.size() - colon == 3 && parse_number(text.substr(colon + 1), minute) && hour < 24 &&
            minute < 60;
  if (!ok) {
    throw UsageError(fmt::format(
        "--at takes a time of day as HH:MM (24-hour clock), such as 08:30; got \"{}\"", text));
  }
  schedule.hour = hour;
  schedule.minute = minute;
}

unsigned parse_days(std::string_view text) {
  unsigned days = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto comma = text.find(',', start);
    auto item = text.substr(start, comma == std::string_view::npos ? text.npos : comma - start);
    if (item.empty()) {
      bad_days(text);
    }
    days |= parse_day_item(item, text);
    if (comma == std::string_view::npos) {
      break;
    }
    start = comma + 1;
  }
  return days;
}

std::string on_calendar(const Schedule &schedule) {
  auto days =
      schedule.days == k_every_day ? "" : day_list(schedule.days, k_systemd_names, "..") + " ";
  return fmt::format("{}*-*-* {:02}:{:02}:00", days, schedule.hour, schedule.minute);
}

std::string describe(const Schedule &schedule) {
  auto days = schedule.days == k_every_day ? "daily" : day_list(schedule.days, k_short_names, "-");
  return fmt::format("{:02}:{:02} {}", schedule.hour, schedule.minute, days);
}

} // namespace knead::remind
