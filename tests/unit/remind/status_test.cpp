#include "remind/status.hpp"

#include <doctest/doctest.h>

using namespace knead::remind;

TEST_CASE("a reminder's marker schedule reads back as the schedule it describes") {
  CHECK(parse_described("08:30 daily") == Schedule{8, 30, k_every_day});
  CHECK(parse_described("09:15 mon-fri") == Schedule{9, 15, 0x1f});
  CHECK(parse_described("20:00 sat,sun") == Schedule{20, 0, 0x60});
  CHECK_FALSE(parse_described("").has_value());
  CHECK_FALSE(parse_described("08:30").has_value());
  CHECK_FALSE(parse_described("25:00 daily").has_value());
  CHECK_FALSE(parse_described("08:30 funday").has_value());
}

TEST_CASE("a reminder has fired today once its day and time have come") {
  const Schedule weekdays{8, 30, 0x1f};
  CHECK_FALSE(has_fired_today(weekdays, {0, 8, 29})); // Monday, a minute early
  CHECK(has_fired_today(weekdays, {0, 8, 30}));
  CHECK(has_fired_today(weekdays, {4, 23, 59}));      // Friday evening
  CHECK_FALSE(has_fired_today(weekdays, {5, 12, 0})); // Saturday: not one of its days
  CHECK(has_fired_today({0, 0, k_every_day}, {6, 0, 0}));
}
