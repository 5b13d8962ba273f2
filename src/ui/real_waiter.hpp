#pragma once

#include "session/real_clock.hpp"
#include "ui/waiter.hpp"

namespace knead::ui {

// The waiter of a real session: it sleeps in ppoll() on the keyboard, the signal pipe
// and a timerfd armed at the deadline, so the process wakes only at a deadline, on a
// key or on a signal: no busy loop, no drift, since every wait aims at an absolute
// point computed from the clock's start. The timerfd, not ppoll's own timeout, carries
// the deadline because the kernel lets a poll timeout run late by 0.1% of its length
// (50 ms after a 50-second hold), while a timerfd fires on time. No single sleep is
// longer than k_slice, so that a stop of the whole process (SIGSTOP) is seen by how much
// longer than that its sleep lasted.
class RealWaiter final : public Waiter {
public:
  // `input_fd` is the keyboard, `signal_fd` the read end of the signal pipe
  // (ui/signals.hpp: one byte per signal, its number); -1 for none.
  RealWaiter(const session::RealClock &clock, int input_fd, int signal_fd);
  ~RealWaiter() override;
  RealWaiter(const RealWaiter &) = delete;
  RealWaiter &operator=(const RealWaiter &) = delete;
  RealWaiter(RealWaiter &&) = delete;
  RealWaiter &operator=(RealWaiter &&) = delete;

  Wake wait_until(std::optional<session::Ms> deadline) override;
  std::vector<int> take_signals() override;
  void ignore_input() override { m_input_fd = -1; }
  std::optional<session::Ms> take_stop() override;

  // The longest single sleep in ppoll: a sleep that lasted much longer than this was
  // a stop (SIGSTOP cannot be caught, so this is how its start is known).
  static constexpr std::chrono::milliseconds k_slice{250};

private:
  const session::RealClock &m_clock;
  int m_input_fd;
  int m_signal_fd;
  int m_timer_fd; // -1 when timerfd_create failed: ppoll's timeout is used instead
  std::optional<session::Ms> m_stopped_at; // the last sleep was cut by a stop, from then
};

} // namespace knead::ui
