#pragma once

#include "routine/model.hpp"
#include "screening/decision.hpp"
#include "screening/last_check.hpp"
#include "util/asker.hpp"
#include "util/output.hpp"

#include <filesystem>
#include <functional>
#include <optional>

namespace knead::screening {

struct ScreenOptions {
  std::optional<std::filesystem::path> answers_file; // `--answers FILE`
  std::filesystem::path last_check_file;             // the re-confirmation record; empty: none
  SystemTime now;                                    // injected, for the 24-hour window
  std::string routine_name; // as the person named it (id or path), for hints; default: id
};

// The whole screening before a session: the answers come from `--answers`, or are
// asked through `asker` (or re-confirmed with one question when the same questions
// were all answered "no" in the last 24 hours). `asker` is null when there is no one
// to ask (stdin is not a terminal): the caller knows that, screening does not. The
// outcome is handed to `print` in plain words (the caller wraps it to the terminal),
// warnings to `warn` (Output::warning_sink, which puts "knead: warning: " first). Throws
// knead::UsageError when answers are missing, unknown or cannot be asked (no asker
// and no answers file).
Decision screen(const routine::Routine &routine, const ScreenOptions &options, Asker *asker,
                const std::function<void(const Text &)> &print, const WarningSink &warn);

// The sentence `run` refuses with when stdin is not a terminal and no answers file
// was given.
std::string no_terminal_message(std::string_view routine_id);

} // namespace knead::screening
