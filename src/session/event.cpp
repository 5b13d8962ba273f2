#include "session/event.hpp"

#include "util/signal_name.hpp"

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
  case EventKind::get_ready:
    return "get_ready";
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

namespace {

std::string ending_word(const SessionEnding &ending) {
  if (ending.signal != 0) {
    return util::signal_name(ending.signal);
  }
  if (ending.outcome == Outcome::interrupted) {
    return "error";
  }
  return to_string(ending.outcome);
}

} // namespace

std::string reason_word(const Event &event) {
  switch (event.kind) {
  case EventKind::step_skipped:
    return event.skip_cause ? to_string(*event.skip_cause) : std::string();
  case EventKind::alternative:
    return event.question_id;
  case EventKind::step_end:
    return event.skin_limit ? "skin_limit" : "";
  case EventKind::adjusted:
    return event.adjust.count() > 0 ? "+15s" : "-15s";
  case EventKind::session_end:
    return event.ending ? ending_word(*event.ending) : std::string();
  default:
    return {};
  }
}

bool completed_session(const Event &event) {
  return event.kind == EventKind::session_end && event.ending &&
         event.ending->outcome == Outcome::completed;
}

bool skipped_by_person(const Event &event) {
  return event.skip_cause && std::holds_alternative<SkippedByPerson>(*event.skip_cause);
}

} // namespace knead::session
