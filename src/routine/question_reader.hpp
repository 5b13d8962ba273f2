#pragma once

#include "routine/model.hpp"
#include "routine/table_reader.hpp"

namespace knead::routine {

// Reads and checks one [[question]] table: a routine's own screening question.
// Its effect is applied by the screening module; here the keys, the effect and the
// regions and points it skips are checked.
Question read_question(const toml::table &table, DiagnosticSink &sink);

} // namespace knead::routine
