#pragma once

#include "session/clock.hpp"

#include <chrono>

namespace knead::session {

// The clock of a real session: std::chrono::steady_clock, scaled by `speed` (--speed).
// wait_until sleeps in ppoll() on the keyboard and the signal pipe, so the process
// wakes only at a deadline, on a key or on a signal: no busy loop, no drift, since
// every wait aims at an absolute point computed from the start.
class RealClock final : public Clock {
public:
  // `input_fd` is the keyboard (-1 for none), `signal_fd` the read end of the signal
  // pipe (-1 for none). Session time zero is the moment of construction.
  RealClock(double speed, int input_fd, int signal_fd);

  [[nodiscard]] Ms now() const override;
  [[nodiscard]] Ms wall() const override;
  Wake wait_until(std::optional<Ms> deadline) override;

  // Makes this instant session time zero (just before the session starts).
  void restart() { m_start = Steady::now(); }

  // Stops watching the keyboard (for example while the terminal is suspended).
  void set_input_fd(int fd) { m_input_fd = fd; }

private:
  using Steady = std::chrono::steady_clock;
  [[nodiscard]] Steady::time_point real_point(Ms session_time) const;

  double m_speed;
  int m_input_fd;
  int m_signal_fd;
  Steady::time_point m_start;
};

} // namespace knead::session
