#pragma once

#include "session/clock.hpp"

#include <chrono>

namespace knead::session {

// The clock of a real session: std::chrono::steady_clock, scaled by `speed` (--speed).
// Session time zero is the moment of construction (or of restart()).
class RealClock final : public Clock {
public:
  using Steady = std::chrono::steady_clock;

  explicit RealClock(double speed) : m_speed(speed), m_start(Steady::now()) {}

  [[nodiscard]] Ms now() const override;
  // The session time at the real instant `point`.
  [[nodiscard]] Ms at(Steady::time_point point) const;
  [[nodiscard]] Ms wall() const override;

  // Makes this instant session time zero (just before the session starts).
  void restart() { m_start = Steady::now(); }

  // The real instant at which session time reaches `session_time`, rounded up so that
  // now() is never short of it once that instant has passed: what a wait aims at.
  [[nodiscard]] Steady::time_point real_point(Ms session_time) const;

private:
  double m_speed;
  Steady::time_point m_start;
};

} // namespace knead::session
