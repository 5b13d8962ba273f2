#include "history/working_time.hpp"

namespace knead::history {

void WorkingTime::on_event(const session::Event &event) {
  using session::EventKind;
  if (m_since && event.t > *m_since) {
    m_total += event.t - *m_since;
    m_step += event.t - *m_since;
  }
  m_since.reset();
  switch (event.kind) {
  case EventKind::get_ready:
  case EventKind::press:
  case EventKind::hold:
  case EventKind::rep:
  case EventKind::release:
    m_in_phase = true;
    break;
  case EventKind::step_start:
    m_step = std::chrono::milliseconds{0};
    m_in_phase = false; // its first phase follows at once
    break;
  case EventKind::paused:
    m_paused = true;
    break;
  case EventKind::resumed:
    m_paused = false;
    break;
  case EventKind::before_prompt:
  case EventKind::step_end:
  case EventKind::step_skipped:
  case EventKind::back:
  case EventKind::restart:
  case EventKind::quit:
  case EventKind::session_end:
  case EventKind::session_start:
    m_in_phase = false;
    break;
  default:
    break; // cues, cautions, skin checks, side switches, +15 s: the phase goes on
  }
  if (m_in_phase && !m_paused) {
    m_since = event.t;
  }
}

} // namespace knead::history
