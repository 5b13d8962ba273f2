#pragma once

#include "history/process.hpp"
#include "history/timestamp.hpp"
#include "session/event.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace knead::history {

// A screening question's id and the person's answer (true = yes).
using Answers = std::vector<std::pair<std::string, bool>>;

// Where a session of the history stands: as it ended (the engine's outcomes),
// `running` while it runs, and two that are only read, never stored: `abandoned`, a
// running row whose process is gone, and `unknown`, a row edited by hand to hold
// another word (the table's CHECK refuses one otherwise). The names (to_string) are
// the `outcome` column of the sessions table and the `outcome` field of
// `knead log --json`; the words stay there.
enum class SessionOutcome { running, completed, quit, stopped, interrupted, abandoned, unknown };

const char *to_string(SessionOutcome outcome);
// The outcome a sessions row stores; std::nullopt for any other word (`abandoned`
// and `unknown` too: they are never stored).
std::optional<SessionOutcome> parse_stored_outcome(std::string_view word);
// How an ended session is recorded.
SessionOutcome recorded_outcome(session::Outcome outcome);

// What is known when a session starts (or is stopped by screening).
struct SessionStart {
  std::string routine_id;
  std::string routine_title;
  std::string routine_hash; // content_hash() of the routine file's text
  std::optional<int> pain_before;
  std::string screening; // the screening outcome word, e.g. "clear" or "stop"
  Answers answers;
  ProcessIdentity process;
};

// One step as it went. `actual_s` is session time spent in it (pauses included).
struct StepRecord {
  int step = 0; // 1-based position in the routine
  std::string title;
  int planned_s = 0;
  int actual_s = 0;
  std::string sides; // together, left-then-right or none
  bool skipped = false;
  std::string skip_reason; // a question id, "next", or how the session ended mid-step
};

struct SkippedStep {
  int step = 0;
  std::string title;
  std::string reason;
};

// A session read back. `outcome` is the stored word, except that a `running` row
// whose process is gone reads as `abandoned`.
struct SessionRecord {
  std::int64_t id = 0;
  std::string routine_id;
  std::string routine_title;
  std::string routine_hash;
  TimePoint started_at;
  std::optional<TimePoint> ended_at;
  SessionOutcome outcome = SessionOutcome::running;
  int active_s = 0;
  std::optional<int> pain_before;
  std::optional<int> pain_after;
  std::string screening;
  std::vector<SkippedStep> skipped; // filled only when the filter asks for it
};

struct SessionFilter {
  std::string routine;             // empty: every routine
  std::optional<TimePoint> since;  // sessions started at or after
  std::optional<int> limit;        // newest first, at most this many
  bool with_skipped_steps = false; // also read which steps were skipped
  // Only what stats need (start, outcome, time, ratings): no titles, hashes or
  // screening, which keeps ten years of sessions cheap to read.
  bool outline = false;
};

} // namespace knead::history
