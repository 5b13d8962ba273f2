#pragma once

#include "history/timestamp.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace knead::history {

// Whether the pain of one routine has moved by a meaningful amount over weeks: the
// median of the pain rated before its sessions in the first week with a rating
// against the latest such week. On a 0-10 scale a change of 2 points or 30% is the
// usual threshold of a meaningful change (Farrar et al., Pain 2001) — over weeks,
// not one session's before and after.
struct RoutineProgress {
  std::string routine;
  int weeks = 0;      // weeks with a rating
  Day first_week = 0; // its Monday
  double first_median = 0;
  Day last_week = 0;
  double last_median = 0;

  // Latest minus first: below zero, less pain.
  [[nodiscard]] double change() const { return last_median - first_median; }
  // The change as a share of the first week's median (0 when that was 0).
  [[nodiscard]] double relative_change() const;
  // At least two weeks apart, and by 2 points or 30% of the first week's median.
  [[nodiscard]] bool meaningful() const;
};

inline constexpr double k_meaningful_points = 2.0;
inline constexpr double k_meaningful_share = 0.30;

// Gathers the ratings one session at a time (any order).
class ProgressBuilder {
public:
  void add(const std::string &routine, Day day, std::optional<int> pain_before);
  // One entry a routine with a rating, by routine id.
  [[nodiscard]] std::vector<RoutineProgress> result() const;

private:
  std::map<std::string, std::map<Day, std::vector<int>>> m_ratings; // by routine, by Monday
};

// The middle rating of `values` (the mean of the two middle ones for an even count).
double median(std::vector<int> values);

} // namespace knead::history
