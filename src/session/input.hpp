#pragma once

namespace knead::session {

// What the person (or the front end on their behalf) asks of a running session.
enum class Input {
  toggle_pause, // space
  pause,        // Ctrl-Z: always pause, never resume
  resume,
  next,        // skip to the start of the next step
  back,        // back to the start of the previous step (the first step restarts)
  restart,     // the current step again from its first timed phase
  add_time,    // +15 s on the current phase
  remove_time, // -15 s on the current phase (never before now)
  quit,        // already confirmed by the front end
  confirm,     // the `before` prompt is done
};

} // namespace knead::session
