#include "history/progress.hpp"

#include <algorithm>
#include <cmath>

namespace knead::history {

double RoutineProgress::relative_change() const {
  return first_median > 0 ? change() / first_median : 0.0;
}

bool RoutineProgress::meaningful() const {
  if (weeks < 2) {
    return false;
  }
  // A little slack for the halves a median of an even count makes.
  const double points = std::abs(change());
  return points >= k_meaningful_points - 1e-9 ||
         (first_median > 0 && points / first_median >= k_meaningful_share - 1e-9);
}

double median(std::vector<int> values) {
  if (values.empty()) {
    return 0;
  }
  std::sort(values.begin(), values.end());
  const auto middle = values.size() / 2;
  if (values.size() % 2 == 1) {
    return values[middle];
  }
  return (values[middle - 1] + values[middle]) / 2.0;
}

void ProgressBuilder::add(const std::string &routine, Day day, std::optional<int> pain_before) {
  if (pain_before) {
    m_ratings[routine][day - weekday(day)].push_back(*pain_before);
  }
}

std::vector<RoutineProgress> ProgressBuilder::result() const {
  std::vector<RoutineProgress> found;
  for (const auto &[routine, weeks] : m_ratings) {
    RoutineProgress progress;
    progress.routine = routine;
    progress.weeks = static_cast<int>(weeks.size());
    progress.first_week = weeks.begin()->first;
    progress.first_median = median(weeks.begin()->second);
    progress.last_week = weeks.rbegin()->first;
    progress.last_median = median(weeks.rbegin()->second);
    found.push_back(std::move(progress));
  }
  return found;
}

} // namespace knead::history
