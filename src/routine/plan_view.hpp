#pragma once

#include "routine/model.hpp"
#include "util/text.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace knead::routine {

// One step as `knead show` presents it: when it starts and how long it works.
struct PlanRow {
  const Step *step = nullptr;
  std::chrono::seconds start{0};    // offset from the start of the routine
  std::chrono::seconds working{0};  // per side: the hold, or reps x rep
  std::chrono::seconds duration{0}; // the whole step, every side (routine/timing.hpp)
};

// Every step with its start offset, from routine/timing.hpp so the plan a person
// reads is the plan the session runs.
std::vector<PlanRow> plan_rows(const Routine &routine);

// How `knead show` lays the plan out.
struct PlanLayout {
  bool brief = true;        // the table alone (`--brief`); else each step's where, how
                            // and before under its line
  std::size_t columns = 80; // the table fits this (titles and places cut to fit)
};

// The plan as text: title, source, then a table of steps (start, title, sides,
// region and point, hold, length) and the total, its columns lined up as a terminal
// with `charset` shows them, and unless brief each step's texts under its line.
Text format_plan(const Routine &routine, Charset charset, const PlanLayout &layout = {});

// The plan as JSON: {id, title, total_s, steps: [{title, kind, region, regions, sides,
// hold_s, start_s, …}], …}; `hold_s` is the working time of one side, `region` the
// first of `regions` (the field scripts read before steps had several).
std::string plan_json(const Routine &routine);

} // namespace knead::routine
