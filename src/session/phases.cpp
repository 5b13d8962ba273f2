#include "session/phases.hpp"

#include "routine/timing.hpp"

namespace knead::session {

const char *to_string(PhaseKind kind) {
  switch (kind) {
  case PhaseKind::press:
    return "press";
  case PhaseKind::hold:
    return "hold";
  case PhaseKind::rep:
    return "rep";
  case PhaseKind::release:
    return "release";
  case PhaseKind::ready:
    return "ready";
  }
  return "hold";
}

namespace {

void add_side(std::vector<Phase> &phases, const routine::Step &step, routine::Side side) {
  const auto add = [&](PhaseKind kind, std::chrono::seconds length, int rep = 0) {
    if (length > std::chrono::seconds{0}) {
      phases.push_back(Phase{kind, side, rep, length});
    }
  };
  add(PhaseKind::ready, routine::ready_duration(step));
  add(PhaseKind::press, step.press);
  if (step.kind == routine::StepKind::reps) {
    for (int rep = 1; rep <= step.reps; ++rep) {
      add(PhaseKind::rep, step.rep, rep);
    }
  } else {
    add(PhaseKind::hold, step.hold);
  }
  add(PhaseKind::release, step.release);
}

} // namespace

std::vector<Phase> expand_phases(const routine::Step &step) {
  std::vector<Phase> phases;
  if (step.sides == routine::Sides::left_then_right) {
    add_side(phases, step, routine::Side::left);
    add_side(phases, step, routine::Side::right);
  } else {
    add_side(phases, step, routine::Side::both);
  }
  return phases;
}

} // namespace knead::session
