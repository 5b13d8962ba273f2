#pragma once

#include "history/process.hpp"
#include "history/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace knead::history {

// A screening question's id and the person's answer (true = yes).
using Answers = std::vector<std::pair<std::string, bool>>;

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
  std::string outcome;
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
