#pragma once

#include "history/record.hpp"

#include <string>
#include <vector>

namespace knead::history {

enum class LogFormat { text, json, csv };

// `knead log` output for `sessions` (already in the order to show). Every text
// read from the database is sanitised, in each format. Text shows local times for
// people; JSON and CSV show ISO 8601 UTC for scripts. `unicode` picks "→" over "->".
std::string format_log(const std::vector<SessionRecord> &sessions, LogFormat format, bool unicode);

} // namespace knead::history
