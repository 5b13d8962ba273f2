#pragma once

#include "routine/loader.hpp"
#include "routine/model.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knead::routine {

// A folder routines are found in, with what kind of folder it is.
struct RoutineDir {
  std::filesystem::path path;
  Origin origin;
};

// The folders searched after the built-ins, lowest priority first: the install's
// share dir, each `$XDG_DATA_DIRS/knead/routines` (the first entry of XDG_DATA_DIRS
// last, so it wins), then the user's `$XDG_CONFIG_HOME/knead/routines`. A folder
// named twice appears once, at its higher priority. Without XDG_CONFIG_HOME and HOME
// there is no user folder.
std::vector<RoutineDir> routine_dirs();

// A routine found by `find_routines`: the copy that wins for its id, and what it hides.
struct FoundRoutine {
  std::string id;
  Origin origin = Origin::builtin;
  std::string path;                 // the file, or "builtin:<id>"
  std::vector<std::string> shadows; // paths ("builtin:<id>" or files) it hides, lowest first
};

// Every routine found, one per id, sorted by id. A later folder's routine shadows an
// earlier one with the same id; a system copy whose text is identical to the built-in
// (an installed knead ships its built-ins in share/) is the built-in, not a shadow.
// A folder that exists but cannot be read is left out with one warning on stderr.
std::vector<FoundRoutine> find_routines();

// The winning copy of the routine `id`, or nothing.
std::optional<FoundRoutine> find_routine(std::string_view id);

// For an unknown id: "did you mean \"lower-back\"?" when one is close; when a file
// of that name is in the working directory, how to name it as a file; otherwise
// where to look.
std::string routine_suggestion(std::string_view id);

// Loads a found routine (built-in text or file) and sets its origin and path.
LoadResult load_found_routine(const FoundRoutine &found);

// Finds a routine by id (the winning copy) or by path (routine/name.hpp decides
// which), loads it, and returns it.
// Throws knead::Error with the first problem (and how many more) when it is unknown
// or does not load cleanly; `knead check` shows every problem.
Routine load_routine(std::string_view name_or_path);

} // namespace knead::routine
