#include "routine/plan_view.hpp"

#include "routine/duration.hpp"
#include "routine/timing.hpp"
#include "util/json.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace knead::routine {
namespace {

constexpr std::size_t k_title_width = 40;

std::string sides_words(Sides sides) {
  return sides == Sides::left_then_right ? "left, right" : to_string(sides);
}

std::chrono::seconds working_time(const Step &step) {
  return step.kind == StepKind::reps ? step.rep * step.reps : step.hold;
}

std::string hold_words(const Step &step) {
  if (step.kind == StepKind::reps) {
    return fmt::format("{} x {}", step.reps, format_duration(step.rep));
  }
  return format_clock(working_time(step));
}

std::string title_words(const Step &step, std::size_t index, utf8::Ellipsis ellipsis) {
  return utf8::truncate(sanitize_for_terminal(fmt::format("{}. {}", index + 1, step.title)),
                        k_title_width, ellipsis);
}

// An alternative's title, under its step's: "   or: Heat".
std::string alternative_words(const Step &alternative, utf8::Ellipsis ellipsis) {
  return utf8::truncate("   or: " + sanitize_for_terminal(alternative.title), k_title_width,
                        ellipsis);
}

// Where the step works: its regions, and its point when it names one.
std::string place_words(const Step &step) {
  std::string place;
  for (const auto &region : step.regions) {
    place += (place.empty() ? "" : ", ") + sanitize_for_terminal(region);
  }
  if (!step.point.empty()) {
    place += " " + sanitize_for_terminal(step.point);
  }
  return place;
}

// One step's fields; `start` is where it (or the step it replaces) begins.
json::Object step_json(const Step &step, std::chrono::seconds start) {
  json::Object object;
  object.add("title", step.title)
      .add("kind", to_string(step.kind))
      .add("region", step.regions.empty() ? std::string() : step.regions.front())
      .add_raw("regions", json::string_array(step.regions))
      .add("sides", to_string(step.sides))
      .add("hold_s", working_time(step).count())
      .add("start_s", start.count())
      .add("duration_s", step_duration(step).count())
      .add("press_s", step.press.count())
      .add("release_s", step.release.count())
      .add("reps", step.reps)
      .add("rep_s", step.rep.count())
      .add("point", step.point)
      .add("where", step.where)
      .add("how", step.how)
      .add("before", step.before)
      .add_raw("cues", json::string_array(step.cues));
  return object;
}

} // namespace

std::vector<PlanRow> plan_rows(const Routine &routine) {
  std::vector<PlanRow> rows;
  std::chrono::seconds start{0};
  for (const auto &step : routine.steps) {
    rows.push_back({&step, start, working_time(step), step_duration(step)});
    start += step_duration(step);
  }
  return rows;
}

std::string format_plan(const Routine &routine, utf8::Ellipsis ellipsis) {
  std::string out = fmt::format("{}: {}\n", sanitize_for_terminal(routine.id),
                                sanitize_for_terminal(routine.title));
  if (!routine.summary.empty()) {
    out += sanitize_for_terminal(routine.summary) + "\n";
  }
  if (!routine.source.empty()) {
    out += "Source: " + sanitize_for_terminal(routine.source) + "\n";
  }
  if (routine.origin == Origin::builtin || routine.path.empty()) {
    out += fmt::format("From: {}\n\n", to_string(routine.origin));
  } else {
    out += fmt::format("From: {} ({})\n\n", to_string(routine.origin),
                       sanitize_for_terminal(routine.path));
  }
  const auto rows = plan_rows(routine);
  // One line a step, and one more under a step with an alternative; `notes` go after.
  std::vector<std::array<std::string, 6>> table;
  std::vector<std::string> notes{""};
  table.push_back({"start", "step", "sides", "where", "hold", "length"});
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto &step = *rows[i].step;
    table.push_back({format_clock(rows[i].start), title_words(step, i, ellipsis),
                     sides_words(step.sides), place_words(step), hold_words(step),
                     format_clock(rows[i].duration)});
    notes.emplace_back(step.before.empty() ? "" : "  (waits for you first)");
    for (const auto &alternative : step.alternative) {
      table.push_back({"", alternative_words(alternative, ellipsis), sides_words(alternative.sides),
                       place_words(alternative), hold_words(alternative),
                       format_clock(step_duration(alternative))});
      notes.push_back(fmt::format("  (instead of step {} when it is not safe for you)", i + 1));
    }
  }
  std::array<std::size_t, 6> widths{};
  for (const auto &line : table) {
    for (std::size_t c = 0; c < line.size(); ++c) {
      widths[c] = std::max(widths[c], utf8::width(line[c]));
    }
  }
  for (std::size_t r = 0; r < table.size(); ++r) {
    std::string line = "  " + utf8::pad_left(table[r][0], widths[0]);
    for (std::size_t c = 1; c < 5; ++c) {
      line += "  " + utf8::pad_right(table[r][c], widths[c]);
    }
    line += "  " + utf8::pad_left(table[r][5], widths[5]);
    out += line + notes[r] + "\n";
  }
  out += fmt::format("\nTotal {}\n", format_clock(routine_duration(routine)));
  return out;
}

std::string plan_json(const Routine &routine) {
  std::vector<std::string> steps;
  for (const auto &row : plan_rows(routine)) {
    auto object = step_json(*row.step, row.start);
    if (row.step->alternative.empty()) {
      object.add_null("alternative");
    } else {
      object.add_raw("alternative", step_json(row.step->alternative.front(), row.start).str());
    }
    steps.push_back(object.str());
  }
  json::Object object;
  object.add("id", routine.id)
      .add("title", routine.title)
      .add("summary", routine.summary)
      .add("source", routine.source)
      .add("origin", to_string(routine.origin))
      .add("path", routine.path)
      .add("total_s", routine_duration(routine).count())
      .add_raw("steps", json::array(steps));
  return object.str() + "\n";
}

} // namespace knead::routine
