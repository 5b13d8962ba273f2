#pragma once

#include "routine/model.hpp"
#include "routine/table_reader.hpp"

namespace knead::routine {

// Reads one [[step]] table: each value's type, syntax and range. Rules that join
// several values (a reps step needs reps and rep, a point gives its location) are
// the validator's (routine/validator.hpp). Its `[step.alternative]` is read the same
// way, into Step::alternative.
Step read_step(const toml::table &table, DiagnosticSink &sink);

} // namespace knead::routine
