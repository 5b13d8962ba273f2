#pragma once

#include "session/event.hpp"

#include <chrono>
#include <optional>

namespace knead::history {

// Measures working time from a session's events: the time spent in the timed phases
// of the steps (get-ready, press, hold, repetitions, release; ice and heat are holds), on the
// session's own clock, so a virtual clock measures it in tests and `--speed` does not
// shrink it. A `before` prompt waiting for the person, a pause, and anything between
// steps are not working time.
class WorkingTime {
public:
  void on_event(const session::Event &event);
  // In all, and in the step that started last (both up to the last event heard).
  [[nodiscard]] std::chrono::milliseconds total() const { return m_total; }
  [[nodiscard]] std::chrono::milliseconds in_step() const { return m_step; }

private:
  bool m_in_phase = false;
  bool m_paused = false;
  std::optional<std::chrono::milliseconds> m_since; // counting since, when counting
  std::chrono::milliseconds m_total{0};
  std::chrono::milliseconds m_step{0};
};

} // namespace knead::history
