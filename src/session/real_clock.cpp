#include "session/real_clock.hpp"

#include <cmath>
#include <cstdint>

namespace knead::session {

Ms RealClock::now() const {
  return at(Steady::now());
}

Ms RealClock::at(Steady::time_point point) const {
  const auto elapsed = std::chrono::duration<double, std::milli>(point - m_start);
  return Ms{static_cast<Ms::rep>(std::floor(elapsed.count() * m_speed))};
}

Ms RealClock::wall() const {
  return std::chrono::duration_cast<Ms>(Steady::now() - m_start);
}

RealClock::Steady::time_point RealClock::real_point(Ms session_time) const {
  const double nanoseconds = std::ceil(static_cast<double>(session_time.count()) * 1e6 / m_speed);
  return m_start + std::chrono::nanoseconds{static_cast<std::int64_t>(nanoseconds) + 1};
}

} // namespace knead::session
