#pragma once

#include "routine/model.hpp"

#include <string_view>

namespace knead::session {

// How hard to press, shown at every pressing or circling step (press, reps, roll);
// empty for the others. From the source articles and the MSKCC acupressure leaflet:
// firm but comfortable, it should not hurt.
inline std::string_view pressure_guidance(routine::StepKind kind) {
  return routine::presses(kind) ? "Firm but comfortable; ease off if it hurts or tingling spreads."
                                : "";
}

} // namespace knead::session
