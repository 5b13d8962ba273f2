#include "history/stats_format.hpp"

#include "history/json_text.hpp"
#include "history/sparkline.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

namespace knead::history {
namespace {

std::string days(int count) {
  return fmt::format("{} {}", count, count == 1 ? "day" : "days");
}

std::string average(const std::optional<double> &value) {
  return value ? fmt::format("{:.1f}", *value) : std::string("-");
}

} // namespace

std::string format_stats_text(const Stats &stats, const std::string &routine, bool unicode) {
  std::string out;
  out += fmt::format("Routine:      {}\n", routine.empty() ? std::string("all routines")
                                                           : sanitize_for_terminal(routine));
  out += fmt::format("Sessions:     {} this week, {} in all (completed)\n",
                     stats.sessions_this_week, stats.sessions_total);
  out += fmt::format("Streak:       {} (longest {})\n", days(stats.current_streak),
                     days(stats.longest_streak));
  out += fmt::format("Time:         {:.0f} minutes in all\n", stats.minutes_total);
  out += fmt::format("Pain (0-10):  {} before, {} after, on average\n",
                     average(stats.pain_before_average), average(stats.pain_after_average));
  out += fmt::format("Last {} days: [{}] pain before each day's sessions\n", k_trend_days,
                     sparkline(stats.pain_trend, unicode));
  out += fmt::format("              {}\n", k_meaningful_change_note);
  return out;
}

std::string format_stats_json(const Stats &stats, const std::string &routine) {
  std::string trend = "[";
  for (std::size_t i = 0; i < stats.pain_trend.size(); ++i) {
    trend += (i == 0 ? "" : ", ") + json_decimal(stats.pain_trend[i]);
  }
  trend += "]";
  return fmt::format(
      "{{\n  \"routine\": {},\n  \"sessions_this_week\": {},\n  \"sessions_total\": {},\n"
      "  \"current_streak\": {},\n  \"longest_streak\": {},\n  \"minutes_total\": {:.1f},\n"
      "  \"pain_before_average\": {},\n  \"pain_after_average\": {},\n"
      "  \"pain_trend\": {},\n  \"meaningful_change\": {}\n}}\n",
      routine.empty() ? "null" : json_string(routine), stats.sessions_this_week,
      stats.sessions_total, stats.current_streak, stats.longest_streak, stats.minutes_total,
      json_decimal(stats.pain_before_average), json_decimal(stats.pain_after_average), trend,
      json_string(k_meaningful_change_note));
}

} // namespace knead::history
