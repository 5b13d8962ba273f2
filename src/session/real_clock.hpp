#pragma once

#include "session/clock.hpp"

#include <chrono>

namespace knead::session {

// The clock of a real session: std::chrono::steady_clock, scaled by `speed` (--speed).
// wait_until sleeps in ppoll() on the keyboard, the signal pipe and a timerfd armed at
// the deadline, so the process wakes only at a deadline, on a key or on a signal: no
// busy loop, no drift, since every wait aims at an absolute point computed from the
// start. The timerfd, not ppoll's own timeout, carries the deadline because the kernel
// lets a poll timeout run late by 0.1% of its length (50 ms after a 50-second hold),
// while a timerfd fires on time.
class RealClock final : public Clock {
public:
  // `input_fd` is the keyboard (-1 for none), `signal_fd` the read end of the signal
  // pipe (-1 for none). Session time zero is the moment of construction.
  RealClock(double speed, int input_fd, int signal_fd);
  ~RealClock() override;
  RealClock(const RealClock &) = delete;
  RealClock &operator=(const RealClock &) = delete;

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
  int m_timer_fd; // -1 when timerfd_create failed: ppoll's timeout is used instead
  Steady::time_point m_start;
};

} // namespace knead::session
