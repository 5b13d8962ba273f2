#pragma once

#include "routine/model.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <variant>

namespace knead::session {

// What the engine announces. Front ends, cues, the events file and the history all
// subscribe; the names (to_string) are the `event` field of `--events` JSON Lines
// and part of the scripting contract: add new kinds, never rename.
enum class EventKind {
  session_start,
  before_prompt, // a `before` prompt is waiting for the person
  step_start,
  press,       // pressing in (per side)
  hold,        // holding starts (per side)
  side_switch, // left side done, now the right
  rep,         // a repetition of a `reps` step starts
  release,     // gradual release starts
  step_end,
  step_skipped, // by screening (`reason` has the question id) or by the person ("next")
  paused,
  resumed,
  adjusted, // +15 s / -15 s
  quit,     // the person asked to end the session
  session_end,
  caution,     // a caution from screening, shown just before its step (`text`)
  back,        // the person went back to the start of the previous step
  restart,     // the person restarted the current step
  alternative, // screening runs the step's alternative instead (`question_id`, `text` why)
  skin_check,  // every 5 minutes of an ice or heat step: check the skin (`text`)
  skin_limit,  // 20 minutes of cold or heat on the skin: the step ends now (`text` says so)
  cue,         // a cue's player started (`cue` its kind, `text`, `player`; `t` as planned)
  get_ready,   // the get-ready before a side of a pressing step starts (per side, `duration`)
};

// Why a step was skipped: by screening, because of a question (its id), or by the
// person (the `next` key). Words only at the edges: to_string gives the `reason` of a
// step_skipped event in --events and the history's skip_reason.
struct SkippedByScreening {
  std::string question_id;
  bool operator==(const SkippedByScreening &) const = default;
};
struct SkippedByPerson {
  bool operator==(const SkippedByPerson &) const = default;
};
using SkipCause = std::variant<SkippedByScreening, SkippedByPerson>;

// The question id, or "next" for the person.
std::string to_string(const SkipCause &cause);

// How a session ended, for the summary, the exit code and the history.
enum class Outcome { completed, quit, stopped, interrupted };

const char *to_string(Outcome outcome);

// How a session ended and, when a signal ended it, which (0: none; an error
// ended it when `outcome` is interrupted without a signal). reason_word() gives
// the words of --events: "completed", "quit", "SIGTERM", "error".
struct SessionEnding {
  Outcome outcome = Outcome::completed;
  int signal = 0;
  bool operator==(const SessionEnding &) const = default;
};

struct Event {
  EventKind kind = EventKind::session_start;
  int step = 0; // 1-based routine step number, 0 when not about a step
  std::string title;
  routine::Side side = routine::Side::both;
  int rep = 0;             // 1-based, for EventKind::rep
  std::string question_id; // the question that swapped the step, for EventKind::alternative
  bool skin_limit = false; // for step_end: ended early, 20 minutes of cold or heat on the skin
  std::optional<SessionEnding> ending; // for session_end
  std::optional<SkipCause> skip_cause; // why, for step_skipped
  std::string text; // a `before` prompt, a caution, a skip reason, pressure guidance, …
  std::chrono::milliseconds duration{0}; // length of the phase that starts (press, hold, …),
                                         // or of a before prompt's lead-in
  std::chrono::milliseconds adjust{0};   // +15000 / -15000, for EventKind::adjusted
  std::chrono::milliseconds paused{0};   // time spent paused so far, on session_end
  std::string cue;    // for EventKind::cue: a line's kind (voice::LineKind), "chime" or "bell"
  std::string player; // for EventKind::cue: the program started ("pw-play"), "bell" for the bell
  std::chrono::milliseconds t{0};    // planned session time (pauses included)
  std::chrono::milliseconds wall{0}; // measured monotonic time since session start
};

const char *to_string(EventKind kind);

// What the `reason` field of --events says for `event`, in words (empty: no field):
// the skip cause of a skipped step, the question id of an alternative, "skin_limit"
// for a step the skin limit ended, "+15s"/"-15s" for an adjustment, and how the
// session ended ("completed", "quit", "stopped", "SIGTERM", "error").
std::string reason_word(const Event &event);

// Whether `event` is the end of a session that ran to its end.
bool completed_session(const Event &event);
// Whether `event` is a step the person skipped (`next`), not one screening left out.
bool skipped_by_person(const Event &event);

// Anything that wants to hear about the session: a front end, the events writer,
// cue players, the history. Called on the engine's thread, in order; must not block.
class EventSink {
public:
  EventSink() = default;
  EventSink(const EventSink &) = delete;
  EventSink &operator=(const EventSink &) = delete;
  EventSink(EventSink &&) = delete;
  EventSink &operator=(EventSink &&) = delete;
  virtual ~EventSink() = default;
  virtual void on_event(const Event &event) = 0;
};

} // namespace knead::session
