#include "history/stats_format.hpp"

#include "history/json_text.hpp"
#include "history/sparkline.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

namespace knead::history {
namespace {

Text days(int count) {
  return Text::format("{} {}", count, count == 1 ? "day" : "days");
}

Text average(const std::optional<double> &value) {
  return value ? Text::format("{:.1f}", *value) : Text("-");
}

} // namespace

Text format_stats_text(const Stats &stats, const std::string &routine, Charset charset) {
  Text out;
  out += Text::format("Routine:      {}\n",
                      routine.empty() ? Text("all routines") : Text(Untrusted(routine)));
  out += Text::format("Sessions:     {} this week, {} in all (completed)\n",
                      stats.sessions_this_week, stats.sessions_total);
  out += Text::format("Streak:       {} (longest {})\n", days(stats.current_streak),
                      days(stats.longest_streak));
  out += Text::format("Time:         {:.0f} minutes of working time in all\n", stats.minutes_total);
  out += Text::format("Pain (0-10):  {} before, {} after, on average over the {} {} rated both "
                      "times\n",
                      average(stats.pain_before_average), average(stats.pain_after_average),
                      stats.pain_pairs, stats.pain_pairs == 1 ? "session" : "sessions");
  out += Text::format("Last {} days: [{}] pain before each day's sessions\n", k_trend_days,
                      Text::trusted(sparkline(stats.pain_trend, charset == Charset::utf8)));
  out += Text::format("              {}\n", k_meaningful_change_note);
  return out;
}

std::string format_stats_json(const Stats &stats, const std::string &routine) {
  std::vector<std::string> trend;
  for (const auto &day : stats.pain_trend) {
    trend.push_back(json_decimal(day));
  }
  json::Object object;
  if (routine.empty()) {
    object.add_null("routine");
  } else {
    object.add("routine", routine);
  }
  return object.add("sessions_this_week", stats.sessions_this_week)
             .add("sessions_total", stats.sessions_total)
             .add("current_streak", stats.current_streak)
             .add("longest_streak", stats.longest_streak)
             .add_raw("minutes_total", json_decimal(stats.minutes_total))
             .add_raw("pain_before_average", json_decimal(stats.pain_before_average))
             .add_raw("pain_after_average", json_decimal(stats.pain_after_average))
             .add("pain_pairs", stats.pain_pairs)
             .add_raw("pain_trend", json::array(trend))
             .add("meaningful_change", k_meaningful_change_note)
             .str() +
         "\n";
}

} // namespace knead::history
