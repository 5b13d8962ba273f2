#pragma once

#include "screening/decision.hpp"
#include "util/text.hpp"

#include <string>

namespace knead::screening {

// The outcome of screening in plain words, for the person, before the session:
// for a stop, what to do and why; otherwise the skipped steps with their reasons,
// each caution with the steps it comes before (the session shows it again just
// before each of them), and the advice. Empty when everything is clear.
Text describe(const Decision &decision);

} // namespace knead::screening
