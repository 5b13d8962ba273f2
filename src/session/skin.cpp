#include "session/skin.hpp"

#include <algorithm>

namespace knead::session {

void SkinTimer::put_on(int step, Ms at) {
  if (!m_since) {
    m_step = step;
    m_since = at;
  }
}

void SkinTimer::take_off(Ms at) {
  if (const auto so_far = time(at)) {
    m_steps[static_cast<std::size_t>(m_step)].earlier = *so_far;
  }
  m_since.reset();
  m_step = -1;
}

std::optional<Ms> SkinTimer::time(Ms at) const {
  if (!m_since) {
    return std::nullopt;
  }
  return m_steps[static_cast<std::size_t>(m_step)].earlier + (at - *m_since);
}

std::optional<Ms> SkinTimer::next_due() const {
  if (!m_since) {
    return std::nullopt;
  }
  const auto &step = m_steps[static_cast<std::size_t>(m_step)];
  const Ms start = *m_since - step.earlier; // as if the step had never been left
  return start + std::min(k_skin_check_every * (step.checks + 1), k_skin_limit);
}

SkinTimer::Due SkinTimer::take_due(Ms at) {
  if (time(at).value_or(Ms{0}) >= k_skin_limit) {
    return Due::limit;
  }
  ++m_steps[static_cast<std::size_t>(m_step)].checks;
  return Due::check;
}

// The wording follows NHS trust guidance on cold and heat (MPFT): ice comes off when
// the skin goes numb; heat should feel warm, not hot.
std::string_view skin_check_text(routine::StepKind kind) {
  if (kind == routine::StepKind::heat) {
    return "Check your skin under the pack: it should feel warm, not hot. Take the pack off if "
           "it is too hot.";
  }
  return "Check your skin under the ice pack: take it off if the skin has gone numb.";
}

std::string_view skin_limit_text(routine::StepKind kind) {
  if (kind == routine::StepKind::heat) {
    return "That is 20 minutes of heat, the most for the skin at one time: take the pack off "
           "now.";
  }
  return "That is 20 minutes of ice, the most for the skin at one time: take the pack off now.";
}

std::string_view skin_pause_text(routine::StepKind kind) {
  if (kind == routine::StepKind::heat) {
    return "Lift the warm pack off your skin until you go on.";
  }
  return "Lift the ice pack off your skin until you go on.";
}

} // namespace knead::session
