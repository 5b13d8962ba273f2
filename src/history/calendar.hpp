#pragma once

#include "history/timestamp.hpp"

#include <string>
#include <vector>

namespace knead::history {

// How many days the adherence calendar covers, today included: twelve weeks.
inline constexpr int k_calendar_days = 84;

// What a day of the calendar shows.
enum class DayMark {
  none,      // no session that counts
  partial,   // a session ran but did not complete (partial, quit, interrupted)
  completed, // a completed session
};

const char *to_string(DayMark mark);

// The last k_calendar_days days, oldest first, ending at `last`.
struct Calendar {
  Day last = 0;
  std::vector<DayMark> days;
  [[nodiscard]] Day first() const { return last - static_cast<Day>(days.size()) + 1; }
  [[nodiscard]] int completed_days() const;
};

// The calendar as text: one row a weekday (Mon … Sun), one column a week, oldest on
// the left; `█` completed, `▒` partial, `·` none, blank outside the twelve weeks, or
// `#`, `+`, `.` when `unicode` is false. Ends with a line break.
std::string calendar_text(const Calendar &calendar, bool unicode);

} // namespace knead::history
