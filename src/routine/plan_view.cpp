#include "routine/plan_view.hpp"

#include "routine/duration.hpp"
#include "routine/timing.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace knead::routine {
namespace {

constexpr std::size_t k_title_width = 40;

Text sides_words(Sides sides) {
  return sides == Sides::left_then_right ? Text("left, right")
                                         : Text::format("{}", to_string(sides));
}

Text clock_words(std::chrono::seconds time) {
  return Text::trusted(format_clock(time));
}

std::chrono::seconds working_time(const Step &step) {
  return step.kind == StepKind::reps ? step.rep * step.reps : step.hold;
}

Text hold_words(const Step &step) {
  if (step.kind == StepKind::reps) {
    return Text::format("{} x {}", step.reps, Text::trusted(format_duration(step.rep)));
  }
  return clock_words(working_time(step));
}

Text title_words(const Step &step, std::size_t index) {
  return Text::format("{}. {}", index + 1, Untrusted(step.title));
}

// An alternative's title, under its step's: "   or: Heat".
Text alternative_words(const Step &alternative) {
  return "   or: " + Text(Untrusted(alternative.title));
}

// The step's where, how and before, each on a line under the step's row, indented to
// its title: printed through Output::print_wrapped, which keeps them under their label.
Text detail_words(const Step &step, const std::string &indent) {
  Text out;
  const auto add = [&](const char *label, const std::string &text) {
    if (!text.empty()) {
      out += Text::trusted(indent) + Text::format("{}: ", label) + Text(Untrusted(text)) + "\n";
    }
  };
  add("Where", step.where);
  add("How", step.how);
  add("Before", step.before);
  return out;
}

// The columns the title and place may take so that a row fits `columns`: the title
// at most k_title_width, both cut further (title first) on a narrow terminal.
void fit_columns(std::array<std::size_t, 6> &widths, std::size_t columns) {
  widths[1] = std::min(widths[1], k_title_width);
  const auto total = [&] {
    std::size_t sum = 2 * widths.size();
    for (const auto width : widths) {
      sum += width;
    }
    return sum;
  };
  constexpr std::size_t k_title_min = 12;
  constexpr std::size_t k_place_min = 8;
  if (total() > columns && widths[1] > k_title_min) {
    widths[1] = std::max(k_title_min, widths[1] - std::min(widths[1], total() - columns));
  }
  if (total() > columns && widths[3] > k_place_min) {
    widths[3] = std::max(k_place_min, widths[3] - std::min(widths[3], total() - columns));
  }
}

// Where the step works: its regions, and its point when it names one.
Text place_words(const Step &step) {
  Text place;
  for (const auto &region : step.regions) {
    place += (place.empty() ? Text() : Text(", ")) + Text(Untrusted(region));
  }
  if (!step.point.empty()) {
    place += " " + Text(Untrusted(step.point));
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
      .add("ready_s", ready_duration(step).count())
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

Text format_plan(const Routine &routine, Charset charset, const PlanLayout &layout) {
  Text out = Text::format("{}: {}\n", Untrusted(routine.id), Untrusted(routine.title));
  if (!routine.summary.empty()) {
    out += Text(Untrusted(routine.summary)) + "\n";
  }
  if (!routine.source.empty()) {
    out += "Source: " + Text(Untrusted(routine.source)) + "\n";
  }
  if (routine.origin == Origin::builtin || routine.path.empty()) {
    out += Text::format("From: {}\n\n", to_string(routine.origin));
  } else {
    out += Text::format("From: {} ({})\n\n", to_string(routine.origin), Untrusted(routine.path));
  }
  const auto rows = plan_rows(routine);
  // One line a step, and one more under a step with an alternative; `notes` go after
  // and `details` (where, how, before) under the line, unless the layout is brief.
  std::vector<std::array<Text, 6>> table;
  std::vector<Text> notes{Text()};
  std::vector<const Step *> details{nullptr};
  table.push_back({"start", "step", "sides", "where", "hold", "length"});
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto &step = *rows[i].step;
    table.push_back({clock_words(rows[i].start), title_words(step, i), sides_words(step.sides),
                     place_words(step), hold_words(step), clock_words(rows[i].duration)});
    notes.push_back(step.before.empty() || !layout.brief ? Text()
                                                         : Text("  (waits for you first)"));
    details.push_back(&step);
    for (const auto &alternative : step.alternative) {
      table.push_back({Text(), alternative_words(alternative), sides_words(alternative.sides),
                       place_words(alternative), hold_words(alternative),
                       clock_words(step_duration(alternative))});
      notes.push_back(
          layout.brief ? Text::format("  (instead of step {} when it is not safe for you)", i + 1)
                       : Text());
      details.push_back(&alternative);
    }
  }
  // Measured as the terminal will show them: in ASCII a character may become several.
  std::array<std::size_t, 6> widths{};
  for (auto &line : table) {
    for (std::size_t c = 0; c < line.size(); ++c) {
      line[c] = line[c].in(charset);
      widths[c] = std::max(widths[c], line[c].width());
    }
  }
  fit_columns(widths, layout.columns);
  const std::string indent(2 + widths[0] + 2, ' ');
  for (std::size_t r = 0; r < table.size(); ++r) {
    Text line = "  " + table[r][0].padded_left(widths[0]);
    for (std::size_t c = 1; c < 5; ++c) {
      line += "  " + table[r][c].truncated(widths[c], charset).padded_right(widths[c]);
    }
    line += "  " + table[r][5].padded_left(widths[5]);
    if (notes[r].empty() || line.width() + notes[r].width() <= layout.columns) {
      out += line + notes[r] + "\n";
    } else {
      // No room beside the row: the note goes under its title.
      out += line + "\n" + Text::trusted(std::string(2 + widths[0], ' ')) + notes[r] + "\n";
    }
    if (!layout.brief && details[r] != nullptr) {
      if (table[r][1].width() > widths[1]) {
        // The title was cut in its column: here it is whole.
        out += Text::trusted(indent) + table[r][1] + "\n";
      }
      out += detail_words(*details[r], indent);
      if (r + 1 < table.size() && !table[r + 1][0].empty()) {
        out += "\n"; // a blank line before the next step
      }
    }
  }
  std::chrono::seconds ready{0};
  for (const auto &step : routine.steps) {
    ready += ready_duration(step) * (step.sides == Sides::left_then_right ? 2 : 1);
  }
  if (ready.count() > 0) {
    out += Text::format("\nTotal {} ({} of it getting ready)\n",
                        clock_words(routine_duration(routine)), clock_words(ready));
  } else {
    out += Text::format("\nTotal {}\n", clock_words(routine_duration(routine)));
  }
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
