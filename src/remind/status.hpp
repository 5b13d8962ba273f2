#pragma once

#include "remind/schedule.hpp"

#include <optional>
#include <string_view>

namespace knead::remind {

// A moment in local time, as `knead status` weighs a reminder against it.
struct LocalMoment {
  int weekday = 0; // 0 is Monday … 6 is Sunday, as Schedule's day bits
  int hour = 0;
  int minute = 0;
};

// The schedule a reminder's marker line says ("08:30 mon-fri", as describe() wrote
// it), or nothing when the line was edited into something else.
std::optional<Schedule> parse_described(std::string_view text);

// Whether `schedule` has fired today by `now`: today is one of its days and its time
// of day has come.
bool has_fired_today(const Schedule &schedule, const LocalMoment &now);

} // namespace knead::remind
