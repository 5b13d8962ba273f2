#include "session/real_clock.hpp"

#include <poll.h>
#include <time.h>

#include <cerrno>
#include <cmath>

namespace knead::session {

RealClock::RealClock(double speed, int input_fd, int signal_fd)
    : m_speed(speed), m_input_fd(input_fd), m_signal_fd(signal_fd), m_start(Steady::now()) {}

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

Wake RealClock::wait_until(std::optional<Ms> deadline) {
  pollfd fds[2] = {{m_signal_fd, POLLIN, 0}, {m_input_fd, POLLIN, 0}};
  const nfds_t count = m_input_fd >= 0 ? 2 : 1;
  for (;;) {
    timespec timeout{};
    timespec *timeout_ptr = nullptr;
    if (deadline) {
      const auto left = real_point(*deadline) - Steady::now();
      if (left <= Steady::duration::zero()) {
        return Wake::deadline;
      }
      const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(left).count();
      timeout.tv_sec = static_cast<time_t>(ns / 1'000'000'000);
      timeout.tv_nsec = static_cast<long>(ns % 1'000'000'000);
      timeout_ptr = &timeout;
    }
    fds[0].revents = 0;
    fds[1].revents = 0;
    const int ready = ppoll(m_signal_fd >= 0 ? fds : fds + 1, m_signal_fd >= 0 ? count : count - 1,
                            timeout_ptr, nullptr);
    if (ready < 0 && errno != EINTR) {
      return Wake::deadline;
    }
    if (ready > 0) {
      if (m_signal_fd >= 0 && fds[0].revents != 0) {
        return Wake::signal;
      }
      return Wake::input;
    }
    // A timeout or EINTR: loop, and return once the deadline has really passed.
  }
}

} // namespace knead::session
