#include "ui/real_waiter.hpp"

#include <poll.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <utility>

namespace knead::ui {

namespace {

using Steady = session::RealClock::Steady;

timespec to_timespec(std::chrono::nanoseconds ns) {
  timespec result{};
  result.tv_sec = static_cast<time_t>(ns.count() / 1'000'000'000);
  result.tv_nsec = static_cast<long>(ns.count() % 1'000'000'000);
  return result;
}

} // namespace

RealWaiter::RealWaiter(const session::RealClock &clock, int input_fd, int signal_fd)
    : m_clock(clock), m_input_fd(input_fd), m_signal_fd(signal_fd),
      m_timer_fd(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK)) {}

RealWaiter::~RealWaiter() {
  if (m_timer_fd >= 0) {
    ::close(m_timer_fd);
  }
}

Wake RealWaiter::wait_until(std::optional<session::Ms> deadline) {
  // Slots: the signal pipe, the keyboard, the timer; the ones not in use are skipped
  // by handing ppoll a negative fd.
  pollfd fds[3] = {{m_signal_fd, POLLIN, 0}, {m_input_fd, POLLIN, 0}, {-1, POLLIN, 0}};
  bool armed = false;
  m_stopped_at.reset();
  for (;;) {
    auto slice = std::chrono::duration_cast<std::chrono::nanoseconds>(k_slice);
    if (deadline) {
      const auto at = m_clock.real_point(*deadline);
      const auto left = at - Steady::now();
      if (left <= Steady::duration::zero()) {
        return {};
      }
      if (!armed && m_timer_fd >= 0) {
        // steady_clock is CLOCK_MONOTONIC: its time since epoch is an absolute
        // CLOCK_MONOTONIC time the timer can aim at.
        itimerspec when{};
        when.it_value = to_timespec(
            std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch()));
        armed = timerfd_settime(m_timer_fd, TFD_TIMER_ABSTIME, &when, nullptr) == 0;
      }
      if (armed) {
        fds[2].fd = m_timer_fd;
      } else {
        slice = std::min(slice, std::chrono::duration_cast<std::chrono::nanoseconds>(left));
      }
    }
    for (auto &fd : fds) {
      fd.revents = 0;
    }
    const timespec timeout = to_timespec(slice);
    const auto before = Steady::now();
    const int ready = ppoll(fds, 3, &timeout, nullptr);
    if (Steady::now() - before > slice + k_slice) {
      // It slept through a stop: the loop hears of it before the deadlines the stop ran
      // over (as a signal wake; SIGCONT's byte is in the pipe or soon will be).
      m_stopped_at = m_clock.at(before);
      return {Wake::Kind::signal};
    }
    if (ready < 0 && errno != EINTR) {
      // EFAULT, EINVAL, ENOMEM: the same call would fail again at once, so say so
      // instead of looping (the loop ends the session).
      return {Wake::Kind::failed, errno};
    }
    if (ready > 0) {
      if ((fds[0].revents & POLLNVAL) != 0) {
        // The signal pipe is not open: it would wake every wait with nothing in it.
        return {Wake::Kind::failed, EBADF};
      }
      if (fds[0].revents != 0) {
        return {Wake::Kind::signal};
      }
      if (fds[1].revents != 0) {
        return {Wake::Kind::input}; // a closed keyboard too: its read says it has gone
      }
      // The timer fired. It fires at the deadline or later, so the loop returns; it is
      // not read, since the next wait's timerfd_settime clears it anyway (a syscall
      // saved on every wake of a live screen).
    }
    // The timer, a timeout or EINTR: loop, and return once the deadline has really passed.
  }
}

std::optional<session::Ms> RealWaiter::take_stop() {
  return std::exchange(m_stopped_at, std::nullopt);
}

std::vector<int> RealWaiter::take_signals() {
  // One read: the pipe is non-blocking, and signals beyond these 64 wake the next wait.
  unsigned char buffer[64];
  const auto count = m_signal_fd < 0 ? 0 : ::read(m_signal_fd, buffer, sizeof buffer);
  if (count <= 0) {
    return {};
  }
  return {buffer, buffer + count};
}

} // namespace knead::ui
