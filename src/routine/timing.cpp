#include "routine/timing.hpp"

namespace knead::routine {

std::chrono::seconds ready_duration(const Step &step) {
  return presses(step.kind) ? step.ready.value_or(std::chrono::seconds{0})
                            : std::chrono::seconds{0};
}

void apply_default_ready(Routine &routine, std::chrono::seconds ready) {
  for (auto &step : routine.steps) {
    if (!step.ready) {
      step.ready = ready;
    }
    for (auto &alternative : step.alternative) {
      if (!alternative.ready) {
        alternative.ready = ready;
      }
    }
  }
}

std::chrono::seconds side_duration(const Step &step) {
  const auto working = step.kind == StepKind::reps ? step.rep * step.reps : step.hold;
  return ready_duration(step) + step.press + working + step.release;
}

std::chrono::seconds step_duration(const Step &step) {
  const int sides = step.sides == Sides::left_then_right ? 2 : 1;
  return side_duration(step) * sides;
}

std::chrono::seconds routine_duration(const Routine &routine) {
  std::chrono::seconds total{0};
  for (const auto &step : routine.steps) {
    total += step_duration(step);
  }
  return total;
}

} // namespace knead::routine
