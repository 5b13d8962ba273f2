#include "history/stats.hpp"
#include "scratch.hpp"

#include <doctest/doctest.h>

using namespace knead::history;
using knead::history::testing::TimeZone;
using knead::history::testing::utc;

namespace {

SessionRecord session(const char *started, SessionOutcome outcome = SessionOutcome::completed,
                      std::optional<int> before = std::nullopt,
                      std::optional<int> after = std::nullopt, int active_s = 600) {
  SessionRecord record;
  record.routine_id = "lower-back";
  record.started_at = utc(started);
  record.outcome = outcome;
  record.pain_before = before;
  record.pain_after = after;
  record.active_s = active_s + 30; // a prompt waited half a minute
  record.working_s = active_s;
  return record;
}

} // namespace

TEST_CASE("sessions just before and after midnight are two days of a streak") {
  const TimeZone zone("UTC0");
  const auto stats =
      compute_stats({session("2026-11-20T23:50:00Z"), session("2026-11-21T00:10:00Z")},
                    utc("2026-11-21T12:00:00Z"));
  CHECK(stats.current_streak == 2);
  CHECK(stats.longest_streak == 2);
}

TEST_CASE("a missed day breaks the streak — the longest is kept") {
  const TimeZone zone("UTC0");
  const auto stats =
      compute_stats({session("2026-11-10T08:00:00Z"), session("2026-11-11T08:00:00Z"),
                     session("2026-11-12T08:00:00Z"),
                     // the 13th is missed
                     session("2026-11-14T08:00:00Z"), session("2026-11-15T08:00:00Z")},
                    utc("2026-11-15T20:00:00Z"));
  CHECK(stats.current_streak == 2);
  CHECK(stats.longest_streak == 3);
}

TEST_CASE("today without a session yet keeps yesterday's streak — two days without ends it") {
  const TimeZone zone("UTC0");
  const std::vector sessions{session("2026-11-13T08:00:00Z"), session("2026-11-14T08:00:00Z")};
  CHECK(compute_stats(sessions, utc("2026-11-15T07:00:00Z")).current_streak == 2);
  CHECK(compute_stats(sessions, utc("2026-11-16T07:00:00Z")).current_streak == 0);
  CHECK(compute_stats(sessions, utc("2026-11-16T07:00:00Z")).longest_streak == 2);
}

TEST_CASE("streak days are local days: two sessions on one UTC day can be two local days") {
  // 09:00 and 15:00 UTC are the 14th 19:00 and the 15th 01:00 at UTC+10.
  const std::vector sessions{session("2026-11-14T09:00:00Z"), session("2026-11-14T15:00:00Z")};
  {
    const TimeZone zone("XYZ-10");
    CHECK(compute_stats(sessions, utc("2026-11-14T20:00:00Z")).current_streak == 2);
  }
  {
    const TimeZone zone("UTC0");
    CHECK(compute_stats(sessions, utc("2026-11-14T20:00:00Z")).current_streak == 1);
  }
}

TEST_CASE("only completed sessions make streaks and counts — every session adds its minutes") {
  const TimeZone zone("UTC0");
  auto fast = session("2026-11-13T08:00:00Z", SessionOutcome::completed, 9, 1, 1380);
  fast.speed = 100;
  const auto stats = compute_stats(
      {fast, session("2026-11-14T08:00:00Z", SessionOutcome::quit, 5, std::nullopt, 300),
       session("2026-11-15T08:00:00Z", SessionOutcome::abandoned),
       session("2026-11-15T09:00:00Z", SessionOutcome::partial, 6, 6, 60),
       session("2026-11-16T08:00:00Z", SessionOutcome::completed, 7, 5, 1380)},
      utc("2026-11-16T20:00:00Z"));
  CHECK(stats.current_streak == 1);
  CHECK(stats.sessions_total == 1);
  // Working time of every session at normal speed: 5 + 10 + 1 + 23 minutes.
  CHECK(stats.minutes_total == doctest::Approx(39.0));
  // Before and after from the same sessions: the quit one had no rating after.
  CHECK(stats.pain_pairs == 2);
  REQUIRE(stats.pain_before_average);
  CHECK(*stats.pain_before_average == doctest::Approx(6.5));
  REQUIRE(stats.pain_after_average);
  CHECK(*stats.pain_after_average == doctest::Approx(5.5));
}

TEST_CASE("this week runs from Monday, local time") {
  const TimeZone zone("UTC0");
  // 2026-11-16 is a Monday.
  const auto stats =
      compute_stats({session("2026-11-15T08:00:00Z"), session("2026-11-16T08:00:00Z"),
                     session("2026-11-18T08:00:00Z")},
                    utc("2026-11-18T20:00:00Z"));
  CHECK(stats.sessions_this_week == 2);
  CHECK(stats.sessions_total == 3);
}

TEST_CASE("the pain trend has one entry a day for 30 days, averaging the day's ratings") {
  const TimeZone zone("UTC0");
  const auto stats = compute_stats(
      {session("2026-10-01T08:00:00Z", SessionOutcome::completed, 9), // before the window
       session("2026-10-21T08:00:00Z", SessionOutcome::completed, 8), // the first day shown
       session("2026-11-19T08:00:00Z", SessionOutcome::completed, 4),
       session("2026-11-19T18:00:00Z", SessionOutcome::quit, 5)},
      utc("2026-11-19T20:00:00Z"));
  REQUIRE(stats.pain_trend.size() == 30);
  CHECK(stats.pain_trend.front() == 8.0);
  CHECK(stats.pain_trend.back() == 4.5);
  CHECK_FALSE(stats.pain_trend[1]);
}
