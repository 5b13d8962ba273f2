#pragma once

#include "routine/model.hpp"

namespace knead::screening {

// Whether a step of `kind` presses on the body (press, reps, roll). The bank's
// cautions and the pregnancy regions are about pressure; ice and rest press nothing.
inline bool presses(routine::StepKind kind) {
  return kind == routine::StepKind::press || kind == routine::StepKind::reps ||
         kind == routine::StepKind::roll;
}

} // namespace knead::screening
