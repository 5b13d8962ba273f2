#pragma once

#include "session/clock.hpp"
#include "session/event.hpp"
#include "session/plan.hpp"

#include <string>
#include <vector>

namespace knead::voice {

using session::Ms;

// What a spoken line is about. The names (to_string) are the `kind` of `cue` events
// in `--events` and the second column of `knead show --script`.
enum class LineKind {
  session,     // the routine's title, at the start
  step,        // "Step 2 of 4: Hip points"
  alternative, // why the step's alternative runs in its place
  side,        // "Left side first"
  where,       // the step's `where`
  how,         // the step's `how`
  guidance,    // pressure guidance, at the first pressing step
  caution,     // a caution from the safety questions
  before,      // a `before` prompt
  countdown,   // "Ready? Starting in ten seconds.": a prompt that goes on by itself
  get_ready,   // "Get ready": the get-ready before a side of a pressing step
  press,       // "Press in"
  hold,        // "Hold for two minutes", "Roll for …", "Keep the ice on for …"
  cue,         // one of the step's `cues`, at the start of the hold
  halfway,     // "Halfway", in holds of a minute or more
  ten_seconds, // "Ten seconds left", in holds of 30 s or more
  count,       // "One", "Two", …, "Last one": each circle of a `reps` step
  release,     // "Release slowly"
  side_switch, // "Switch to the right side"
  skin,        // a skin check or the 20-minute limit of ice or heat
  pack_off,    // "Take the ice pack off", at the end of an ice or heat step
  skipped,     // a step the safety questions skipped
  paused,      // "Paused"
  resumed,     // "Going on"
  end,         // "Session complete"
};

const char *to_string(LineKind kind);

// What a `before` prompt that goes on by itself after `lead_in` says.
std::string countdown_text(Ms lead_in);

// A moment marks a time ("Release slowly") and is said at it; a reading ("where",
// "how") fills the time between moments and gives way to them.
enum class Priority { moment, reading };

Priority priority_of(LineKind kind);

struct Line {
  Ms at{0}; // planned session time
  LineKind kind = LineKind::step;
  std::string text;       // routine text in it is as written: sanitise before use
  std::string short_text; // said instead when `text` does not fit; empty: none shorter
  int step = 0;           // routine step number, 0 when about the session
  // Timed inside the phase whose event brought it ("Halfway"): it moves with a pause
  // and with +15 s / -15 s, and is dropped when the phase ends before it.
  bool in_phase = false;
};

// Turns the session's events into the lines to say, as they happen. Pure: it keeps
// only what it needs to word the next event (a step's title, where and how are read at
// its `before` prompt, when it has one, and not again when the step starts; the
// pressure guidance is read at the first pressing step only).
class Narrator {
public:
  explicit Narrator(const session::Plan &plan) : m_plan(plan) {}
  [[nodiscard]] std::vector<Line> lines_for(const session::Event &event);

private:
  const session::PlannedStep *find(int number) const;
  void header(const session::PlannedStep &planned, Ms at, std::vector<Line> &lines);
  void hold_lines(const session::PlannedStep &planned, const session::Event &event,
                  std::vector<Line> &lines) const;

  const session::Plan &m_plan;
  int m_header_said = 0; // the step whose header its `before` prompt read
  bool m_guidance_said = false;
};

// The whole spoken script of `plan`, as a session run straight through says it:
// every `before` prompt answered at once (the time at a prompt is not part of the
// plan), no pause, no key. In the order heard: by time, then, at the same time,
// moments before readings, except that what a prompt says comes before what
// follows the prompt. Pure: the session engine runs the plan on a virtual clock.
std::vector<Line> spoken_script(const session::Plan &plan);

// What is said when the person pauses and resumes a step of `planned` (an ice step's
// pause asks to lift the pack): for `knead show --script`.
std::vector<Line> pause_lines(const session::Plan &plan, int step_number);

// Every phrase a session of `plan` may say, full and short forms, its steps'
// alternatives and the pauses included, each once, in the order first said: what is
// rendered ahead.
std::vector<std::string> phrases_of(const session::Plan &plan);

} // namespace knead::voice
