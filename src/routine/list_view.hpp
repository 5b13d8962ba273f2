#pragma once

#include "routine/library.hpp"
#include "routine/model.hpp"
#include "util/text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace knead::routine {

// A routine found by the library, loaded (or not) for `knead list`.
struct ListedRoutine {
  FoundRoutine found;
  std::optional<Routine> routine; // empty when it does not load cleanly
};

// Every routine `library` finds, each loaded to learn its title and total.
std::vector<ListedRoutine> list_routines(const Library &library);

// The list as text: id, total, origin and title; each shadowed copy on a line below,
// and a pointer to `knead check` for a routine that does not load; the columns lined
// up as a terminal with `charset` shows them.
Text format_routine_list(const std::vector<ListedRoutine> &routines, Charset charset);

// The list as JSON: [{id, title, total_s, origin, path, shadows, ok}].
std::string routine_list_json(const std::vector<ListedRoutine> &routines);

} // namespace knead::routine
