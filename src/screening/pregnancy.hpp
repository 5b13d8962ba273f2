#pragma once

#include "routine/model.hpp"

#include <string>

namespace knead::screening {

// Why `step` is skipped when the person may be pregnant, in words, or an empty
// string when it is not. A step is skipped when its point is avoided in pregnancy on
// any list (the point catalog's `avoid_in_pregnancy`), or when it presses (press,
// reps, roll) on a region that conservative lists avoid: the lower back (lumbar
// points), the hips (the sacral points) and the abdomen (CV3-CV6), and every step on
// the legs (a clot may move). Ice, heat and rest steps elsewhere are kept.
std::string pregnancy_skip_reason(const routine::Step &step);

} // namespace knead::screening
