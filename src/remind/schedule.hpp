#pragma once

#include <string>
#include <string_view>

namespace knead::remind {

// When a reminder fires: a time of day on some days of the week.
struct Schedule {
  int hour = 0;
  int minute = 0;
  // Bit 0 is Monday … bit 6 is Sunday, the order systemd and ISO 8601 use.
  unsigned days = 0x7f;

  bool operator==(const Schedule &) const = default;
};

inline constexpr unsigned k_every_day = 0x7f;

// Parses `--at`: "HH:MM" on a 24-hour clock ("8:30" and "08:30" both work).
// Throws knead::UsageError naming the expected form.
void parse_time_of_day(std::string_view text, Schedule &schedule);

// Parses `--days`: "daily", "weekdays", "weekends", or a comma-separated list of
// day names and ranges ("mon-fri", "sat,sun", "mon,wed-fri"); a range may wrap
// ("fri-mon"). Returns the day bits. Throws knead::UsageError naming the expected form.
unsigned parse_days(std::string_view text);

// The schedule as systemd's OnCalendar= wants it: "Mon..Fri *-*-* 08:30:00", or
// "*-*-* 08:30:00" every day.
std::string on_calendar(const Schedule &schedule);

// The schedule in the words `--at`/`--days` take: "08:30 mon-fri", "08:30 daily".
std::string describe(const Schedule &schedule);

} // namespace knead::remind
