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

// Where a session of the history stands: as it ended (the engine's outcomes, with
// `partial` for one that reached its end with less than half of its planned working
// time done), `running` while it runs, and two that are only read, never stored: `abandoned`, a
// running row whose process is gone, and `unknown`, a row edited by hand to hold
// another word (the table's CHECK refuses one otherwise). The names (to_string) are
// the `outcome` column of the sessions table and the `outcome` field of
// `knead log --json`; the words stay there.
enum class SessionOutcome {
  running,
  completed,
  partial,
  quit,
  stopped,
  interrupted,
  abandoned,
  unknown
};

const char *to_string(SessionOutcome outcome);
// The outcome a sessions row stores; std::nullopt for any other word (`abandoned`
// and `unknown` too: they are never stored).
std::optional<SessionOutcome> parse_stored_outcome(std::string_view word);
// How an ended session is recorded: a session that reached its end is `completed`
// only when at least half of its planned working time (`planned_s`) was done
// (`working_s`), else `partial`; the other endings are kept as they are.
SessionOutcome recorded_outcome(session::Outcome outcome, int working_s, int planned_s);

// What is known when a session starts (or is stopped by screening).
struct SessionStart {
  std::string routine_id;
  std::string routine_title;
  std::string routine_hash; // content_hash() of the routine file's text
  std::optional<int> pain_before;
  std::string screening; // the screening outcome word, e.g. "clear" or "stop"
  Answers answers;
  ProcessIdentity process;
  double speed = 1.0; // --speed: a session run faster is kept but not counted
  int step_count = 0; // the routine's steps
  int planned_s = 0;  // working time of the steps the plan runs (screening's skips left out)
};

// One step as it went. `actual_s` is session time spent in it (pauses included),
// `working_s` the time in its timed phases (press, hold, repetitions, release),
// pauses left out.
struct StepRecord {
  int step = 0; // 1-based position in the routine
  std::string title;
  int planned_s = 0;
  int actual_s = 0;
  int working_s = 0;
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
  int active_s = 0;  // session time, pauses and prompts included
  int working_s = 0; // working time: the timed phases of the steps, no prompts or pauses
  int planned_s = 0; // the working time the plan planned
  std::optional<int> pain_before;
  std::optional<int> pain_after;
  std::string screening;
  double speed = 1.0;
  std::string note;
  std::string advice;         // said after the session (history::worse_after_advice), or empty
  std::string stored_outcome; // the word in the file (`running` for an abandoned one)
  ProcessIdentity process;
  int step_count = 0;               // the routine's steps
  int steps_done = 0;               // run to their end
  int steps_skipped = 0;            // by screening, by the person, or cut short by the ending
  std::vector<SkippedStep> skipped; // filled only when the filter asks for it
};

// Whether a session counts for `due`, streaks and stats: completed, at normal speed.
bool counts(const SessionRecord &session);

// One change to a recorded session, as the audit table keeps it.
struct AuditRow {
  std::int64_t session = 0;
  std::string changed_at; // ISO 8601 UTC
  std::string action;     // migrate, note, edit, delete, import
  std::string field;
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};

struct SessionFilter {
  std::string routine;             // empty: every routine
  std::optional<TimePoint> since;  // sessions started at or after
  std::optional<int> limit;        // newest first, at most this many
  std::optional<std::int64_t> id;  // only this session
  bool with_skipped_steps = false; // also read which steps were skipped
  // Only what stats need (start, outcome, time, ratings, speed): no titles, hashes,
  // screening, notes or step counts, which keeps ten years of sessions cheap to read.
  bool outline = false;
  bool oldest_first = false;
};

} // namespace knead::history
