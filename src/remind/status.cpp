#include "remind/status.hpp"

#include "util/error.hpp"

namespace knead::remind {

std::optional<Schedule> parse_described(std::string_view text) {
  const auto space = text.find(' ');
  if (space == std::string_view::npos) {
    return std::nullopt;
  }
  Schedule schedule;
  try {
    parse_time_of_day(text.substr(0, space), schedule);
    schedule.days = parse_days(text.substr(space + 1));
  } catch (const Error &) {
    return std::nullopt;
  }
  return schedule;
}

bool has_fired_today(const Schedule &schedule, const LocalMoment &now) {
  if ((schedule.days & (1U << static_cast<unsigned>(now.weekday))) == 0) {
    return false;
  }
  return now.hour * 60 + now.minute >= schedule.hour * 60 + schedule.minute;
}

} // namespace knead::remind
