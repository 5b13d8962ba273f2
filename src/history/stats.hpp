#pragma once

#include "history/calendar.hpp"
#include "history/progress.hpp"
#include "history/record.hpp"

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace knead::history {

// How many days the pain trend covers, today included.
inline constexpr int k_trend_days = 30;

struct Stats {
  int sessions_this_week = 0; // completed, Monday to today, local time
  int sessions_total = 0;     // completed
  int current_streak = 0;     // days in a row with a completed session, up to today
  int longest_streak = 0;
  double minutes_total = 0; // working time of every session that ran, whatever its end
  // Over the sessions rated both before and after (pain_pairs of them).
  std::optional<double> pain_before_average;
  std::optional<double> pain_after_average;
  int pain_pairs = 0;
  // One entry a day, oldest first, ending today: the average pain rated before the
  // sessions of that day, or nothing on a day without a rating.
  std::vector<std::optional<double>> pain_trend;
  Day trend_first = 0; // the trend's first day
  // The last twelve weeks, a mark a day.
  Calendar calendar;
  // Per routine: the weekly median pain before, first week against the latest.
  std::vector<RoutineProgress> progress;
};

// Gathers the stats one session at a time (any order), as seen at `now`. Sessions
// run at another --speed are left out.
class StatsBuilder {
public:
  explicit StatsBuilder(TimePoint now);
  void add(const SessionRecord &session);
  [[nodiscard]] Stats result() const;

private:
  struct Average {
    double sum = 0;
    int count = 0;
    void add(std::optional<int> value);
    [[nodiscard]] std::optional<double> value() const;
  };
  Day m_today;
  Stats m_stats;
  std::set<Day> m_completed_days;
  Average m_before;
  Average m_after;
  std::map<Day, Average> m_trend;
  std::map<Day, DayMark> m_marks;
  ProgressBuilder m_progress;
  long m_working_s = 0;
};

// Computes the stats of `sessions` (any order) as seen at `now`. Days are local
// calendar days (the process's TZ) of each session's start. A streak still counts
// when today has no session yet: the day is not over, so it ends at yesterday.
Stats compute_stats(const std::vector<SessionRecord> &sessions, TimePoint now);

} // namespace knead::history
