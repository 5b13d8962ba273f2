#pragma once

#include "routine/model.hpp"

namespace knead::screening {

// Whether a step of `kind` presses on the body (press, reps, roll). The bank's
// cautions and the pregnancy regions are about pressure; ice, heat and rest press
// nothing.
using routine::presses;

// Whether `step` presses on the back: on the spine or the pelvis (the upper and lower
// back, the hips, the buttocks). A weak back's clearance speaks of the back, so its
// caution belongs on these steps, not on the hands or feet.
inline bool presses_on_back(const routine::Step &step) {
  if (!presses(step.kind)) {
    return false;
  }
  for (const auto *region : {"upper-back", "lower-back", "hips", "buttocks"}) {
    if (routine::touches(step, region)) {
      return true;
    }
  }
  return false;
}

} // namespace knead::screening
