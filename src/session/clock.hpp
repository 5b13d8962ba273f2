#pragma once

#include <chrono>
#include <optional>

namespace knead::session {

using Ms = std::chrono::milliseconds;

// Why Clock::wait_until returned.
enum class Wake {
  deadline, // the deadline was reached
  input,    // the keyboard has bytes to read
  signal,   // a signal arrived (its number waits in the signal pipe)
};

// The session's sense of time, passed in so that the engine never reads the real
// clock: tests use VirtualClock and run a 23-minute routine in milliseconds.
// Times are milliseconds since the session began.
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
  // Sleeps until session time `deadline` (forever when there is none) or until
  // input or a signal arrives, whichever is first.
  virtual Wake wait_until(std::optional<Ms> deadline) = 0;
};

// A clock that only moves when told to: wait_until jumps straight to the deadline.
// Wall time equals session time, so tests can assert both exactly.
class VirtualClock final : public Clock {
public:
  [[nodiscard]] Ms now() const override { return m_now; }
  [[nodiscard]] Ms wall() const override { return m_now; }
  Wake wait_until(std::optional<Ms> deadline) override {
    if (deadline && *deadline > m_now) {
      m_now = *deadline;
    }
    return Wake::deadline;
  }
  void set(Ms now) { m_now = now; }
  void advance(Ms by) { m_now += by; }

private:
  Ms m_now{0};
};

} // namespace knead::session
