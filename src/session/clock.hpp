#pragma once

#include <chrono>

namespace knead::session {

using Ms = std::chrono::milliseconds;

// The session's sense of time, passed in so that the engine never reads the real
// clock: tests use VirtualClock and run a 23-minute routine in milliseconds.
// Times are milliseconds since the session began. Waiting for a deadline is not the
// clock's job but the session loop's (ui/waiter.hpp): the engine only asks the time.
class Clock {
public:
  Clock() = default;
  Clock(const Clock &) = delete;
  Clock &operator=(const Clock &) = delete;
  Clock(Clock &&) = delete;
  Clock &operator=(Clock &&) = delete;
  virtual ~Clock() = default;

  // Session time: what a person at normal speed lives through (scaled by --speed).
  [[nodiscard]] virtual Ms now() const = 0;
  // Measured monotonic time, never scaled: the `wall_ms` of events.
  [[nodiscard]] virtual Ms wall() const = 0;
};

// A clock that only moves when told to. Wall time equals session time, so tests can
// assert both exactly.
class VirtualClock final : public Clock {
public:
  [[nodiscard]] Ms now() const override { return m_now; }
  [[nodiscard]] Ms wall() const override { return m_now; }
  void set(Ms now) { m_now = now; }
  void advance(Ms by) { m_now += by; }
  // Moves on to `at`, never back: what waiting for a deadline comes to.
  void advance_to(Ms at) {
    if (at > m_now) {
      m_now = at;
    }
  }

private:
  Ms m_now{0};
};

} // namespace knead::session
