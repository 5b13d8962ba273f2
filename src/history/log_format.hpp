#pragma once

#include "history/record.hpp"
#include "util/text.hpp"

#include <string>
#include <vector>

namespace knead::history {

// `knead log` output for `sessions` (already in the order to show), in each of its
// formats. Every text read from the database is untrusted. Text shows local times
// for people, lined up as a terminal with `charset` shows it ("→" or "->"); JSON and
// CSV show ISO 8601 UTC for scripts.
Text format_log_text(const std::vector<SessionRecord> &sessions, Charset charset);
std::string format_log_json(const std::vector<SessionRecord> &sessions);
Text format_log_csv(const std::vector<SessionRecord> &sessions);
// "3 of 4 steps done, 1 skipped", worded as the summary after a session is.
Text step_counts(const SessionRecord &session);

} // namespace knead::history
