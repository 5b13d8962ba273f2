#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace knead::history {

using TimePoint = std::chrono::system_clock::time_point;
// Where the history gets "now": the real clock in the program, a fixed date in tests.
using WallClock = std::function<TimePoint()>;

// A calendar day as a number of days since 1970-01-01 (the local date, not UTC).
using Day = int;

// "2026-11-22T08:30:00Z": how times are stored and shown in JSON.
std::string format_utc(TimePoint time);
std::optional<TimePoint> parse_utc(std::string_view text);

// The local calendar day `time` falls on, in the TZ of the process.
Day local_day(TimePoint time);
// The first instant of local day `day` (midnight, or the first time that exists
// when a daylight saving change skips it).
TimePoint local_day_start(Day day);
// "2026-11-22" → its day, or nothing when it is not a real date in that form.
std::optional<Day> parse_day(std::string_view text);
// "2026-11-22".
std::string format_day(Day day);
// 0 for Monday … 6 for Sunday.
int weekday(Day day);
// "2026-11-22 09:30" in local time, for people.
std::string format_local(TimePoint time);

} // namespace knead::history
