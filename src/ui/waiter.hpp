#pragma once

#include "session/clock.hpp"

#include <optional>
#include <vector>

namespace knead::ui {

// Why Waiter::wait_until returned.
struct Wake {
  enum class Kind {
    deadline, // the deadline was reached
    input,    // the keyboard has bytes to read
    signal,   // a signal arrived (Waiter::take_signals has it)
    failed,   // waiting itself failed (`error` is the errno): waiting again would too
  };
  Kind kind = Kind::deadline;
  int error = 0;
  bool operator==(const Wake &) const = default;
};

// Waiting for the next thing a session loop must handle: a deadline in session time,
// a key or a signal. Apart from the session::Clock, so that the engine only asks the
// time, and the loop runs against a scripted waiter in tests (no sleeps).
class Waiter {
public:
  Waiter() = default;
  Waiter(const Waiter &) = delete;
  Waiter &operator=(const Waiter &) = delete;
  Waiter(Waiter &&) = delete;
  Waiter &operator=(Waiter &&) = delete;
  virtual ~Waiter() = default;

  // Sleeps until session time `deadline` (forever when there is none) or until a
  // key or a signal arrives, whichever is first. A deadline is never reported early.
  virtual Wake wait_until(std::optional<session::Ms> deadline) = 0;
  // The signals that arrived since the last call, in order.
  virtual std::vector<int> take_signals() = 0;
  // Stops watching the keyboard (it has gone: end of file or an error).
  virtual void ignore_input() = 0;
  // After a signal wake: the session time the process was last seen running when
  // it had been stopped (SIGSTOP, or a stop it did not ask for), so that the loop counts
  // the stop as paused; nothing when it was not stopped. Taking it clears it.
  virtual std::optional<session::Ms> take_stop() { return std::nullopt; }
};

} // namespace knead::ui
