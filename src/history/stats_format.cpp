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

Text progress_text(const RoutineProgress &progress) {
  const Text routine(Untrusted(progress.routine));
  if (progress.weeks < 2) {
    return Text::format("{}: one week of ratings so far (median {:.1f}): too early to tell",
                        routine, progress.first_median);
  }
  Text verdict = "less than a meaningful change";
  if (progress.meaningful()) {
    verdict =
        progress.change() < 0 ? Text("a meaningful improvement") : Text("a meaningful worsening");
  }
  return Text::format("{}: weekly median {:.1f} → {:.1f} from the week of {} ({:+.1f} points, "
                      "{:+.0f}%): {}",
                      routine, progress.first_median, progress.last_median,
                      Text::trusted(format_day(progress.first_week)), progress.change(),
                      progress.relative_change() * 100, verdict);
}

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
  if (!stats.progress.empty()) {
    const char *label = "Change:       ";
    for (const auto &progress : stats.progress) {
      out += Text::format("{}{}\n", label, progress_text(progress));
      label = "              ";
    }
  }
  out += Text::format("              {}\n", k_meaningful_change_note);
  out += Text::format("Pain trend:   [{}] pain before each day's sessions\n",
                      Text::trusted(sparkline(stats.pain_trend, charset == Charset::utf8)));
  // The dates under the first and the last day of the trend.
  const auto first = format_day(stats.trend_first);
  const auto last = format_day(stats.trend_first + k_trend_days - 1);
  const auto gap = static_cast<std::size_t>(k_trend_days) - first.size() - last.size();
  out += Text::format("               {}{}{}\n", Text::trusted(first),
                      Text::trusted(std::string(gap, ' ')), Text::trusted(last));
  out +=
      Text::format("Last 12 weeks: {} completed, {} partial, {} none ({} of {} days completed)\n",
                   charset == Charset::utf8 ? "█" : "#", charset == Charset::utf8 ? "▒" : "+",
                   charset == Charset::utf8 ? "·" : ".", stats.calendar.completed_days(),
                   stats.calendar.days.size());
  out += Text::trusted(calendar_text(stats.calendar, charset == Charset::utf8));
  return out;
}

std::string format_stats_json(const Stats &stats, const std::string &routine) {
  std::vector<std::string> trend;
  for (const auto &day : stats.pain_trend) {
    trend.push_back(json_decimal(day));
  }
  std::vector<std::string> marks;
  for (const auto mark : stats.calendar.days) {
    marks.emplace_back(to_string(mark));
  }
  std::vector<std::string> progress;
  for (const auto &entry : stats.progress) {
    progress.push_back(json::Object()
                           .add("routine", entry.routine)
                           .add("weeks", entry.weeks)
                           .add("first_week", format_day(entry.first_week))
                           .add_raw("first_median", json_decimal(entry.first_median))
                           .add("last_week", format_day(entry.last_week))
                           .add_raw("last_median", json_decimal(entry.last_median))
                           .add_raw("change", json_decimal(entry.change()))
                           .add("meaningful", entry.meaningful())
                           .str());
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
             .add("pain_trend_start", format_day(stats.trend_first))
             .add("calendar_start", format_day(stats.calendar.first()))
             .add_raw("calendar", json::string_array(marks))
             .add_raw("progress", json::array(progress))
             .add("meaningful_change", k_meaningful_change_note)
             .str() +
         "\n";
}

} // namespace knead::history
