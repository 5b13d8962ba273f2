#include "history/calendar.hpp"

#include <algorithm>
#include <array>

namespace knead::history {

const char *to_string(DayMark mark) {
  switch (mark) {
  case DayMark::none:
    return "none";
  case DayMark::partial:
    return "partial";
  case DayMark::completed:
    return "completed";
  }
  return "none";
}

int Calendar::completed_days() const {
  return static_cast<int>(std::count(days.begin(), days.end(), DayMark::completed));
}

std::string calendar_text(const Calendar &calendar, bool unicode) {
  constexpr std::array k_names{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  const Day first = calendar.first();
  const Day first_monday = first - weekday(first);
  const int weeks = (calendar.last - first_monday) / 7 + 1;
  std::string out;
  for (int row = 0; row < 7; ++row) {
    out += "  ";
    out += k_names[static_cast<std::size_t>(row)];
    out += ' ';
    for (int week = 0; week < weeks; ++week) {
      const Day day = first_monday + week * 7 + row;
      if (day < first || day > calendar.last) {
        out += ' ';
        continue;
      }
      switch (calendar.days[static_cast<std::size_t>(day - first)]) {
      case DayMark::completed:
        out += unicode ? "█" : "#";
        break;
      case DayMark::partial:
        out += unicode ? "▒" : "+";
        break;
      case DayMark::none:
        out += unicode ? "·" : ".";
        break;
      }
    }
    out += '\n';
  }
  return out;
}

} // namespace knead::history
