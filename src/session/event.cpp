#include "session/event.hpp"

namespace knead::session {

const char *to_string(EventKind kind) {
  switch (kind) {
  case EventKind::session_start:
    return "session_start";
  case EventKind::before_prompt:
    return "before_prompt";
  case EventKind::step_start:
    return "step_start";
  case EventKind::press:
    return "press";
  case EventKind::hold:
    return "hold";
  case EventKind::side_switch:
    return "side_switch";
  case EventKind::rep:
    return "rep";
  case EventKind::release:
    return "release";
  case EventKind::step_end:
    return "step_end";
  case EventKind::step_skipped:
    return "step_skipped";
  case EventKind::paused:
    return "paused";
  case EventKind::resumed:
    return "resumed";
  case EventKind::adjusted:
    return "adjusted";
  case EventKind::quit:
    return "quit";
  case EventKind::session_end:
    return "session_end";
  case EventKind::caution:
    return "caution";
  case EventKind::back:
    return "back";
  case EventKind::restart:
    return "restart";
  case EventKind::alternative:
    return "alternative";
  case EventKind::skin_check:
    return "skin_check";
  case EventKind::skin_limit:
    return "skin_limit";
  case EventKind::cue:
    return "cue";
  }
  return "session_start";
}

const char *to_string(Outcome outcome) {
  switch (outcome) {
  case Outcome::completed:
    return "completed";
  case Outcome::quit:
    return "quit";
  case Outcome::stopped:
    return "stopped";
  case Outcome::interrupted:
    return "interrupted";
  }
  return "completed";
}

std::string to_string(const SkipCause &cause) {
  if (const auto *screening = std::get_if<SkippedByScreening>(&cause)) {
    return screening->question_id;
  }
  return "next";
}

std::string reason_word(const Event &event) {
  return event.skip_cause ? to_string(*event.skip_cause) : event.reason;
}

bool skipped_by_person(const Event &event) {
  return event.skip_cause && std::holds_alternative<SkippedByPerson>(*event.skip_cause);
}

} // namespace knead::session
