#pragma once

#include "history/timestamp.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace knead::history {

// Whether `routine` (any routine when empty) has a completed session that started
// today, local time, as of `now`. This is the question `knead due` and
// `knead notify --if-due` ask. A missing history file means nothing was done yet
// (false); the file is never created. Throws StoreError when the file exists but
// cannot be read.
bool completed_today(const std::filesystem::path &history, const std::string &routine,
                     TimePoint now);

// The same, on the default history file ($XDG_STATE_HOME/knead/history.db).
bool completed_today(const std::string &routine, TimePoint now);

} // namespace knead::history
