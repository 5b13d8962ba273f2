#include "history/timestamp.hpp"

#include <fmt/format.h>

#include <ctime>

namespace knead::history {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

Day to_day(const year_month_day &date) {
  return static_cast<Day>(sys_days(date).time_since_epoch().count());
}

year_month_day from_day(Day day) {
  return year_month_day(sys_days(std::chrono::days(day)));
}

std::tm local_tm(TimePoint time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
  std::tm parts{};
  localtime_r(&seconds, &parts);
  return parts;
}

// Reads exactly `width` digits at `pos`.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) {
    return std::nullopt;
  }
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return std::nullopt;
    }
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::optional<year_month_day> parse_date_part(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const auto year = digits(text, 0, 4);
  const auto month = digits(text, 5, 2);
  const auto day = digits(text, 8, 2);
  if (!year || !month || !day) {
    return std::nullopt;
  }
  const year_month_day date{std::chrono::year(*year),
                            std::chrono::month(static_cast<unsigned>(*month)),
                            std::chrono::day(static_cast<unsigned>(*day))};
  if (!date.ok()) {
    return std::nullopt;
  }
  return date;
}

} // namespace

std::string format_utc(TimePoint time) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(time);
  const auto day = std::chrono::floor<std::chrono::days>(seconds);
  const year_month_day date(day);
  const std::chrono::hh_mm_ss clock(seconds - day);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                     clock.hours().count(), clock.minutes().count(), clock.seconds().count());
}

std::optional<TimePoint> parse_utc(std::string_view text) {
  const auto date = parse_date_part(text);
  if (!date || text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      text[19] != 'Z') {
    return std::nullopt;
  }
  const auto hours = digits(text, 11, 2);
  const auto minutes = digits(text, 14, 2);
  const auto seconds = digits(text, 17, 2);
  if (!hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 60) {
    return std::nullopt;
  }
  return TimePoint(sys_days(*date) + std::chrono::hours(*hours) + std::chrono::minutes(*minutes) +
                   std::chrono::seconds(*seconds));
}

Day local_day(TimePoint time) {
  const std::tm parts = local_tm(time);
  return to_day(year_month_day{std::chrono::year(parts.tm_year + 1900),
                               std::chrono::month(static_cast<unsigned>(parts.tm_mon + 1)),
                               std::chrono::day(static_cast<unsigned>(parts.tm_mday))});
}

TimePoint local_day_start(Day day) {
  const auto date = from_day(day);
  std::tm parts{};
  parts.tm_year = static_cast<int>(date.year()) - 1900;
  parts.tm_mon = static_cast<int>(static_cast<unsigned>(date.month())) - 1;
  parts.tm_mday = static_cast<int>(static_cast<unsigned>(date.day()));
  parts.tm_isdst = -1; // let the zone's rules say whether summer time applies
  return std::chrono::system_clock::from_time_t(std::mktime(&parts));
}

std::optional<Day> parse_day(std::string_view text) {
  if (text.size() != 10) {
    return std::nullopt;
  }
  const auto date = parse_date_part(text);
  if (!date) {
    return std::nullopt;
  }
  return to_day(*date);
}

std::string format_day(Day day) {
  const auto date = from_day(day);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

int weekday(Day day) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return ((day % 7) + 7 + 3) % 7;
}

std::string format_local(TimePoint time) {
  const std::tm parts = local_tm(time);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", parts.tm_year + 1900, parts.tm_mon + 1,
                     parts.tm_mday, parts.tm_hour, parts.tm_min);
}

} // namespace knead::history
