#include "history/stats.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace knead::history {
namespace {

// Walks back from `from` while each day has a completed session.
int run_ending_at(const std::set<Day> &days, Day from) {
  int length = 0;
  while (days.contains(from - length)) {
    ++length;
  }
  return length;
}

int longest_run(const std::set<Day> &days) {
  int longest = 0;
  int length = 0;
  std::optional<Day> previous;
  for (const Day day : days) {
    length = (previous && *previous + 1 == day) ? length + 1 : 1;
    longest = std::max(longest, length);
    previous = day;
  }
  return longest;
}

struct Average {
  double sum = 0;
  int count = 0;
  void add(std::optional<int> value) {
    if (value) {
      sum += *value;
      ++count;
    }
  }
  [[nodiscard]] std::optional<double> value() const {
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
  }
};

} // namespace

Stats compute_stats(const std::vector<SessionRecord> &sessions, TimePoint now) {
  Stats stats;
  const Day today = local_day(now);
  const Day monday = today - weekday(today);
  const Day trend_start = today - (k_trend_days - 1);
  std::set<Day> completed_days;
  Average before;
  Average after;
  std::map<Day, Average> trend;
  int active_s = 0;
  for (const auto &session : sessions) {
    const Day day = local_day(session.started_at);
    if (session.outcome == "completed") {
      completed_days.insert(day);
      ++stats.sessions_total;
      if (day >= monday && day <= today) {
        ++stats.sessions_this_week;
      }
    }
    active_s += session.active_s;
    before.add(session.pain_before);
    after.add(session.pain_after);
    if (day >= trend_start && day <= today) {
      trend[day].add(session.pain_before);
    }
  }
  stats.minutes_total = active_s / 60.0;
  stats.pain_before_average = before.value();
  stats.pain_after_average = after.value();
  stats.longest_streak = longest_run(completed_days);
  stats.current_streak = completed_days.contains(today) ? run_ending_at(completed_days, today)
                                                        : run_ending_at(completed_days, today - 1);
  for (Day day = trend_start; day <= today; ++day) {
    const auto found = trend.find(day);
    stats.pain_trend.push_back(found != trend.end() ? found->second.value() : std::nullopt);
  }
  return stats;
}

} // namespace knead::history
