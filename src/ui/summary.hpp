#pragma once

#include "session/engine.hpp"
#include "session/event.hpp"
#include "util/text.hpp"

#include <string>

namespace knead::ui {

// What the summary needs from the end of a session.
struct SessionTotals {
  session::Outcome outcome = session::Outcome::completed;
  std::string reason; // how the session ended, in words: "completed", "quit", "SIGINT", …
  int step_count = 0;
  int steps_done = 0;
  int steps_skipped = 0;
  session::Ms time{0}; // session time from start to end, pauses included
  session::Ms paused{0};
};

// Fills the time, pause and reason from the session_end event.
class TotalsRecorder final : public session::EventSink {
public:
  void on_event(const session::Event &event) override;
  SessionTotals totals;
};

// The summary printed on the normal screen after a session, e.g.
// "Session complete: 4 of 4 steps done, 0 skipped; 23:00 in all, 0:00 paused."
Text format_summary(const SessionTotals &totals);

} // namespace knead::ui
