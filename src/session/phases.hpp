#pragma once

#include "routine/model.hpp"
#include "session/clock.hpp"

#include <vector>

namespace knead::session {

// What a person is doing during one timed part of a step.
// `ready` is the get-ready before each side of a pressing step: finding the point.
enum class PhaseKind { press, hold, rep, release, ready };

struct Phase {
  PhaseKind kind = PhaseKind::hold;
  routine::Side side = routine::Side::both;
  int rep = 0; // 1-based, for PhaseKind::rep
  Ms duration{0};
};

const char *to_string(PhaseKind kind);

// The timed phases of `step` in order: per side get-ready, press, hold (or one phase per
// repetition), release. Phases of zero length are left out. Their durations add up
// to routine::step_duration(step), so the timer runs the plan `show` prints.
std::vector<Phase> expand_phases(const routine::Step &step);

} // namespace knead::session
