#include "session/real_clock.hpp"

#include <poll.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>

namespace knead::session {

RealClock::RealClock(double speed, int input_fd, int signal_fd)
    : m_speed(speed), m_input_fd(input_fd), m_signal_fd(signal_fd),
      m_timer_fd(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK)),
      m_start(Steady::now()) {}

RealClock::~RealClock() {
  if (m_timer_fd >= 0) {
    ::close(m_timer_fd);
  }
}

Ms RealClock::now() const {
  const auto elapsed = std::chrono::duration<double, std::milli>(Steady::now() - m_start);
  return Ms{static_cast<Ms::rep>(std::floor(elapsed.count() * m_speed))};
}

Ms RealClock::wall() const {
  return std::chrono::duration_cast<Ms>(Steady::now() - m_start);
}

// The real instant at which session time reaches `session_time`, rounded up so
// that now() is never short of the deadline once it has passed.
RealClock::Steady::time_point RealClock::real_point(Ms session_time) const {
  const double nanoseconds = std::ceil(static_cast<double>(session_time.count()) * 1e6 / m_speed);
  return m_start + std::chrono::nanoseconds{static_cast<std::int64_t>(nanoseconds) + 1};
}

namespace {

timespec to_timespec(std::chrono::nanoseconds ns) {
  timespec result{};
  result.tv_sec = static_cast<time_t>(ns.count() / 1'000'000'000);
  result.tv_nsec = static_cast<long>(ns.count() % 1'000'000'000);
  return result;
}

} // namespace

Wake RealClock::wait_until(std::optional<Ms> deadline) {
  // Slots: the signal pipe, the keyboard, the timer; the ones not in use are skipped
  // by handing ppoll a negative fd.
  pollfd fds[3] = {{m_signal_fd, POLLIN, 0}, {m_input_fd, POLLIN, 0}, {-1, POLLIN, 0}};
  bool armed = false;
  for (;;) {
    timespec timeout{};
    timespec *timeout_ptr = nullptr;
    if (deadline) {
      const auto at = real_point(*deadline);
      const auto left = at - Steady::now();
      if (left <= Steady::duration::zero()) {
        return Wake::deadline;
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
        timeout = to_timespec(std::chrono::duration_cast<std::chrono::nanoseconds>(left));
        timeout_ptr = &timeout;
      }
    }
    for (auto &fd : fds) {
      fd.revents = 0;
    }
    const int ready = ppoll(fds, 3, timeout_ptr, nullptr);
    if (ready < 0 && errno != EINTR) {
      return Wake::deadline;
    }
    if (ready > 0) {
      if (fds[0].revents != 0) {
        return Wake::signal;
      }
      if (fds[1].revents != 0) {
        return Wake::input;
      }
      // The timer fired. It fires at the deadline or later, so the loop returns; it is
      // not read, since the next wait's timerfd_settime clears it anyway (a syscall
      // saved on every wake of a live screen).
    }
    // The timer, a timeout or EINTR: loop, and return once the deadline has really passed.
  }
}

} // namespace knead::session
