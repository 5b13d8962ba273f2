#pragma once

#include "routine/model.hpp"
#include "routine/table_reader.hpp"

namespace knead::routine {

// Checks the rules that join several values of a routine that was read without
// type errors in those values: a title and at least one step; each step's title,
// region and point from the known lists; a hold for timed steps, reps and rep for
// counted ones. A step naming a point takes the point's location (`where`) and
// region when it leaves them empty, so this also completes `routine`.
void validate_routine(Routine &routine, DiagnosticSink &sink);

} // namespace knead::routine
