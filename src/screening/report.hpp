#pragma once

#include "screening/decision.hpp"

#include <string>

namespace knead::screening {

// The outcome of screening in plain words, for the person, before the session:
// for a stop, what to do and why; otherwise the skipped steps with their reasons
// and the advice. Empty when everything is clear. Untrusted text is sanitized.
std::string describe(const Decision &decision);

// What is shown just before a step that carries cautions ("Caution: …" lines), or
// an empty string.
std::string describe_cautions(const session::PlannedStep &step);

} // namespace knead::screening
