#pragma once

#include "routine/model.hpp"

#include <chrono>

namespace knead::routine {

// The get-ready before each side of `step`: its `ready` (none when unset) for a step
// that presses (press, reps, roll), nothing for ice, heat and rest.
std::chrono::seconds ready_duration(const Step &step);

// Gives every step (and alternative) whose `ready` is unset the configuration's
// `ready`, so that `show`, the session and the history time the same plan.
void apply_default_ready(Routine &routine, std::chrono::seconds ready);

// How long one side of a step lasts: get-ready + press + hold + release, where a `reps` step
// holds for reps x rep. `show`, the session engine and the history all use this,
// so the plan a person reads is the plan the timer runs.
std::chrono::seconds side_duration(const Step &step);

// How long the whole step lasts: one side, or two for `left-then-right`. A `before`
// prompt waits for the person and is not counted.
std::chrono::seconds step_duration(const Step &step);

// The sum of every step's duration.
std::chrono::seconds routine_duration(const Routine &routine);

} // namespace knead::routine
