#include "history/timestamp.hpp"
#include "scratch.hpp"

#include <doctest/doctest.h>

using namespace knead::history;
using knead::history::testing::TimeZone;
using knead::history::testing::utc;

TEST_CASE("times are stored as ISO 8601 UTC and read back exactly") {
  const auto time = utc("2026-11-22T08:30:05Z");
  CHECK(format_utc(time) == "2026-11-22T08:30:05Z");
  CHECK(format_utc(time + std::chrono::milliseconds(999)) == "2026-11-22T08:30:05Z");
  CHECK_FALSE(parse_utc("2026-11-22 08:30:05"));
  CHECK_FALSE(parse_utc("2026-02-30T08:30:05Z"));
  CHECK_FALSE(parse_utc("2026-11-22T24:00:00Z"));
}

TEST_CASE("dates parse only as real YYYY-MM-DD days") {
  REQUIRE(parse_day("2026-11-22"));
  CHECK(format_day(*parse_day("2026-11-22")) == "2026-11-22");
  CHECK(*parse_day("1970-01-02") == 1);
  CHECK_FALSE(parse_day("2026-13-01"));
  CHECK_FALSE(parse_day("22.11.2026"));
  CHECK_FALSE(parse_day("2026-11-22x"));
  CHECK(weekday(*parse_day("2026-11-23")) == 0); // a Monday
  CHECK(weekday(*parse_day("2026-11-22")) == 6); // a Sunday
}

TEST_CASE("the local day follows TZ, not UTC") {
  const TimeZone zone("XYZ-10");                     // UTC+10
  const auto late_utc = utc("2026-11-22T20:00:00Z"); // already the 23rd at UTC+10
  CHECK(format_day(local_day(late_utc)) == "2026-11-23");
  CHECK(format_utc(local_day_start(*parse_day("2026-11-23"))) == "2026-11-22T14:00:00Z");
  CHECK(format_local(late_utc) == "2026-11-23 06:00");
}

TEST_CASE("a local day is 23 hours long when summer time starts") {
  const TimeZone zone("CET-1CEST,M3.5.0,M10.5.0/3");
  const auto day = *parse_day("2026-03-29");
  CHECK(local_day_start(day + 1) - local_day_start(day) == std::chrono::hours(23));
}
