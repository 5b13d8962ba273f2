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

} // namespace

void StatsBuilder::Average::add(std::optional<int> value) {
  if (value) {
    sum += *value;
    ++count;
  }
}

std::optional<double> StatsBuilder::Average::value() const {
  return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

StatsBuilder::StatsBuilder(TimePoint now) : m_today(local_day(now)) {}

void StatsBuilder::add(const SessionRecord &session) {
  if (session.speed != 1.0) {
    return; // a demonstration or a test at --speed: kept in the log, not counted
  }
  const Day day = local_day(session.started_at);
  if (counts(session)) {
    m_completed_days.insert(day);
    ++m_stats.sessions_total;
    if (day >= m_today - weekday(m_today) && day <= m_today) {
      ++m_stats.sessions_this_week;
    }
  }
  m_working_s += session.working_s;
  // Before and after from the same sessions, or the two averages compare different
  // days and say nothing about a change.
  if (session.pain_before && session.pain_after) {
    m_before.add(session.pain_before);
    m_after.add(session.pain_after);
  }
  if (day > m_today - k_trend_days && day <= m_today) {
    m_trend[day].add(session.pain_before);
  }
  if (day > m_today - k_calendar_days && day <= m_today) {
    auto &mark = m_marks[day];
    if (counts(session)) {
      mark = DayMark::completed;
    } else if (mark == DayMark::none && session.working_s > 0 &&
               session.outcome != SessionOutcome::stopped) {
      mark = DayMark::partial; // something was done, the routine was not
    }
  }
  m_progress.add(session.routine_id, day, session.pain_before);
}

Stats StatsBuilder::result() const {
  Stats stats = m_stats;
  stats.minutes_total = static_cast<double>(m_working_s) / 60.0;
  stats.pain_pairs = m_before.count;
  stats.pain_before_average = m_before.value();
  stats.pain_after_average = m_after.value();
  stats.longest_streak = longest_run(m_completed_days);
  stats.current_streak = m_completed_days.contains(m_today)
                             ? run_ending_at(m_completed_days, m_today)
                             : run_ending_at(m_completed_days, m_today - 1);
  stats.trend_first = m_today - (k_trend_days - 1);
  for (Day day = stats.trend_first; day <= m_today; ++day) {
    const auto found = m_trend.find(day);
    stats.pain_trend.push_back(found != m_trend.end() ? found->second.value() : std::nullopt);
  }
  stats.calendar.last = m_today;
  for (Day day = m_today - (k_calendar_days - 1); day <= m_today; ++day) {
    const auto found = m_marks.find(day);
    stats.calendar.days.push_back(found != m_marks.end() ? found->second : DayMark::none);
  }
  stats.progress = m_progress.result();
  return stats;
}

Stats compute_stats(const std::vector<SessionRecord> &sessions, TimePoint now) {
  StatsBuilder builder(now);
  for (const auto &session : sessions) {
    builder.add(session);
  }
  return builder.result();
}

} // namespace knead::history
