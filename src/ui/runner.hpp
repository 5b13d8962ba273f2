#pragma once

#include "session/event.hpp"
#include "session/plan.hpp"
#include "ui/cue_setup.hpp"
#include "ui/cues.hpp"
#include "ui/live.hpp"
#include "ui/signals.hpp"
#include "ui/summary.hpp"
#include "util/output.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace knead::ui {

class EventsWriter;

// How long a `before` prompt waits when nobody can press Enter (stdin is not a
// terminal) or in a hands-free session: the step starts after this much session time.
inline constexpr std::chrono::seconds k_before_lead_in{10};

// How long a session waits before it starts for the phrases still being rendered
// (when the safety questions took less time than that, or came from a file).
inline constexpr std::chrono::seconds k_render_wait{5};

// What `knead run` asks of the session, after the command line is parsed.
struct RunOptions {
  bool plain = false;      // --plain (plain is also used when stdout is not a terminal)
  std::string events_path; // --events; "-" is stdout
  // The events file when the caller opened it (before anything was recorded);
  // otherwise run_session opens `events_path` itself.
  EventsWriter *events = nullptr;
  double speed = 1.0;
  int from_step = 1;
  // --hands-free: `before` prompts go on by themselves after k_before_lead_in, said
  // aloud ("Ready? Starting in ten seconds."); a key still starts them sooner.
  bool hands_free = false;
  CueOptions cues;
  // Made by prepare_cues before the safety questions (so speech is rendered while
  // they are asked); when not given, run_session prepares the cues itself.
  PreparedCues *prepared = nullptr;
  // When set, held as the session ends (before its signal handling stops), so that
  // what the caller writes next is not cut short by a signal.
  SignalHold *hold_at_end = nullptr;
};

struct RunResult {
  SessionTotals totals;
  // 0 completed, 4 quit, 128 + signal when interrupted, 1 when waiting failed
  int exit_code = 0;
  std::string error; // when waiting failed: one sentence for "knead: error: …"
};

// Runs `plan` to its end on the real clock, with the live display or plain lines,
// keys, cues, the events file and every sink in `extra_sinks` (the history), then
// restores the terminal; its text goes through `out`. Only wiring: it reads isatty,
// builds the real terminal, clock and waiter, and hands them to a ui::SessionLoop.
// Returns the totals for the summary; prints nothing after the session (the caller
// prints the summary).
RunResult run_session(const session::Plan &plan, const RunOptions &options,
                      const std::vector<session::EventSink *> &extra_sinks, Output &out);

} // namespace knead::ui
