#include "routine/validator.hpp"

#include "routine/duration.hpp"
#include "routine/points.hpp"
#include "routine/regions.hpp"
#include "routine/suggest.hpp"
#include "routine/timing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace knead::routine {
namespace {

constexpr std::chrono::hours k_longest_step{2};

// How a message names a step: `bare` ("step 2", "the alternative of step 2") and its
// title when it has one.
std::string step_name(const Step &step, const std::string &bare) {
  if (step.title.empty()) {
    return bare;
  }
  return fmt::format("{} (\"{}\")", bare, step.title);
}

std::string region_list() {
  const auto ids = region_ids();
  return join_words(ids);
}

void check_point(Step &step, DiagnosticSink &sink) {
  if (step.point.empty()) {
    return;
  }
  const auto *point = find_point(step.point);
  if (point == nullptr) {
    const auto codes = point_codes();
    sink.error(position_of(step.positions, "point", step.position),
               fmt::format("unknown point \"{}\"", step.point),
               did_you_mean(step.point, codes, "run 'knead points' to see the point catalog"));
    return;
  }
  step.point = std::string(point->code);
  if (step.where.empty()) {
    step.where = std::string(point->where);
  }
  if (!step.positions.contains("region")) {
    step.regions = {std::string(point->region)};
  }
}

// Each region a step names is checked at its own position: `region = ["lower-back",
// "hip"]` is reported at "hip".
void check_regions(const Step &step, const std::string &name, DiagnosticSink &sink) {
  const auto hint = "add region = \"…\", one of " + region_list();
  if (!step.positions.contains("region")) {
    if (step.regions.empty() && step.kind != StepKind::rest &&
        !sink.is_explained(step.position, "region")) {
      // Screening skips steps by region (a skin problem there), so every step that
      // touches the body must say where.
      sink.error(step.position, fmt::format("{} has no region", name), hint);
      sink.sort_at_end_of(step.position);
    }
    return;
  }
  const auto written = step.positions.at("region");
  if (step.regions.empty()) {
    // Written but unusable: a wrong type was already reported; an empty list was not.
    if (!sink.is_unusable(written)) {
      sink.error(written, "\"region\" is empty", hint);
    }
    return;
  }
  for (std::size_t i = 0; i < step.regions.size(); ++i) {
    const auto &region = step.regions[i];
    const auto at = i < step.region_positions.size() ? step.region_positions[i] : written;
    if (region.empty()) {
      sink.error(at, "\"region\" is empty", hint);
    } else if (find_region(region) == nullptr) {
      const auto ids = region_ids();
      sink.error(at, fmt::format("unknown region \"{}\"", region),
                 did_you_mean(region, ids, "the known regions are " + region_list()));
    } else if (std::find(step.regions.begin(), step.regions.begin() + static_cast<long>(i),
                         region) != step.regions.begin() + static_cast<long>(i)) {
      sink.error(at, fmt::format("region \"{}\" is named twice", region), "name each region once");
    }
  }
}

// Cold or heat on the skin for more than 20 minutes can harm it (NHS trust guidance:
// ice 10-15 minutes, heat 15-20, never over 20); the session also ends such a step
// there, pauses included.
void check_skin_limit(const Step &step, DiagnosticSink &sink) {
  const auto length = step_duration(step);
  if (!on_skin(step.kind) || length <= k_skin_limit) {
    return;
  }
  const auto at = position_of(step.positions, "hold", step.position);
  if (step.kind == StepKind::ice) {
    sink.error(at,
               fmt::format("ice for more than 20 minutes can injure the skin (this step lasts {})",
                           format_duration(length)),
               "keep ice to 10-15 minutes, never over 20 on the skin: hold = \"15m\"");
  } else {
    sink.error(at,
               fmt::format("heat for more than 20 minutes can harm the skin (this step lasts {})",
                           format_duration(length)),
               "keep heat to 15-20 minutes, warm not hot: hold = \"15m\"");
  }
}

// Reports a key the step must have and does not (unless a misspelt key stood for it),
// at the step's header, after the mistakes inside the step.
void require(const Step &step, std::string_view key, const std::string &name, std::string hint,
             DiagnosticSink &sink) {
  if (step.positions.contains(key) || sink.is_explained(step.position, key)) {
    return;
  }
  sink.error(step.position, fmt::format("{} has no {}", name, key), std::move(hint));
  sink.sort_at_end_of(step.position);
}

void check_timing(const Step &step, const std::string &name, DiagnosticSink &sink) {
  const auto at = [&](std::string_view key) {
    return position_of(step.positions, key, step.position);
  };
  if (!presses(step.kind) && step.positions.contains("ready")) {
    sink.error(at("ready"),
               fmt::format("\"ready\" does not apply to kind = \"{}\"", to_string(step.kind)),
               "a get-ready comes before pressing (press, reps, roll): remove ready");
  }
  const bool has_reps = step.positions.contains("reps") || step.positions.contains("rep");
  // reps or rep without a kind (and without the hold another kind needs) say what the
  // step is: one error for the missing kind, then the rules of a reps step.
  const bool implied =
      !step.positions.contains("kind") && !sink.is_explained(step.position, "kind") && has_reps &&
      !step.positions.contains("hold") && !sink.is_explained(step.position, "hold");
  if (implied) {
    const auto key = step.positions.contains("reps") ? "reps" : "rep";
    sink.error(at(key), fmt::format("a step with \"{}\" needs kind = \"reps\"", key),
               "add kind = \"reps\" to the step");
  }
  if (step.kind == StepKind::reps || implied) {
    if (step.positions.contains("hold")) {
      sink.error(at("hold"), "\"hold\" does not apply to kind = \"reps\"",
                 "a reps step lasts reps x rep: remove hold");
    }
    require(step, "reps", name, "add reps = 5: how many circles", sink);
    require(step, "rep", name, "add rep = \"6s\": how long one circle takes", sink);
    if (step.reps > 0 && step.rep.count() > 0 && step.rep * step.reps > k_longest_step) {
      sink.error(at("reps"),
                 fmt::format("{} reps of {} last {}, more than 2h", step.reps,
                             format_duration(step.rep), format_duration(step.rep * step.reps)),
                 "a step lasts from 1s to 2h: use fewer or shorter reps");
    }
    return;
  }
  for (const std::string_view key : {"reps", "rep"}) {
    if (step.positions.contains(key)) {
      sink.error(at(key), fmt::format("\"{}\" applies only to kind = \"reps\"", key),
                 "add kind = \"reps\" to count circles, or remove " + std::string(key));
    }
  }
  require(step, "hold", name, "add hold = \"2m\": how long the step lasts, from 1s to 2h", sink);
  check_skin_limit(step, sink);
}

// The alternative lies where its step does: what it leaves out of region and where
// (without a point of its own to give them) comes from the step it replaces.
void inherit_place(Step &alternative, const Step &replaced) {
  if (!alternative.point.empty()) {
    return;
  }
  if (!alternative.positions.contains("region")) {
    alternative.regions = replaced.regions;
  }
  if (alternative.where.empty()) {
    alternative.where = replaced.where;
  }
}

// Every check of one step; `replaced` is the step an alternative stands in for.
void check_step(Step &step, const std::string &bare, DiagnosticSink &sink,
                const Step *replaced = nullptr) {
  if (!step.positions.contains("title")) {
    if (!sink.is_explained(step.position, "title")) {
      sink.error(step.position, fmt::format("{} has no title", bare),
                 "add title = \"…\": what the person sees during the step");
      sink.sort_at_end_of(step.position);
    }
  } else if (step.title.empty() && !sink.is_unusable(step.positions.at("title"))) {
    sink.error(position_of(step.positions, "title", step.position), "\"title\" is empty",
               "name the step, such as title = \"Hip points\"");
  }
  check_point(step, sink);
  if (replaced != nullptr) {
    inherit_place(step, *replaced);
  }
  const auto name = step_name(step, bare);
  check_regions(step, name, sink);
  check_timing(step, name, sink);
}

} // namespace

void validate_routine(Routine &routine, DiagnosticSink &sink) {
  const SourcePosition top{1, 1};
  if (!routine.positions.contains("title")) {
    if (!sink.is_explained(top, "title")) {
      sink.error(top, "the routine has no title", "add title = \"…\" at the top of the file");
    }
  } else if (routine.title.empty() && !sink.is_unusable(routine.positions.at("title"))) {
    sink.error(position_of(routine.positions, "title", top), "\"title\" is empty",
               "say what the routine is, such as title = \"Lower back after work\"");
  }
  if (routine.steps.empty() && !sink.is_explained(top, "step")) {
    sink.error(top, "the routine has no steps",
               "add a [[step]] table with a title, a region and a hold");
  }
  for (std::size_t i = 0; i < routine.steps.size(); ++i) {
    auto &step = routine.steps[i];
    check_step(step, fmt::format("step {}", i + 1), sink);
    for (auto &alternative : step.alternative) {
      check_step(alternative, fmt::format("the alternative of step {}", i + 1), sink, &step);
    }
  }
}

} // namespace knead::routine
