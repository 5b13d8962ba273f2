#pragma once

#include "session/plan.hpp"
#include "util/text.hpp"

namespace knead::voice {

// `knead show ROUTINE --script`: every line the session says, with its planned time
// and kind, then what a pause and a resume say. One line per spoken line, so an author
// can check a routine by ear and a person can preview it.
Text format_script(const session::Plan &plan);

} // namespace knead::voice
