#pragma once

#include "routine/library.hpp"
#include "util/output.hpp"

#include <chrono>
#include <filesystem>
#include <string_view>

namespace knead::cli {

// The routine library of this run, built where the program meets the system: the
// built-ins, the install's share/knead/routines, each $XDG_DATA_DIRS/knead/routines
// and $XDG_CONFIG_HOME/knead/routines (none without a home), its warnings through
// `out`. A command builds one and hands it on, so each unreadable folder is named once.
routine::Library make_library(Output &out);

// The configuration's `ready` (k_default_ready without one). A broken configuration
// file is `knead run`'s and `knead config`'s to report: here it gives the default.
std::chrono::seconds configured_ready();

// Where `knead new` and `knead edit` write the user's routine `id`, in the folder the
// library searches last: `$XDG_CONFIG_HOME/knead/routines/<id>.toml`. Throws
// knead::Error when there is no home to put it in.
std::filesystem::path user_routine_path(std::string_view id);

} // namespace knead::cli
