#pragma once

#include "routine/model.hpp"
#include "session/clock.hpp"

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace knead::session {

// Cold or heat on the skin (ice and heat steps): the session ends such a step after
// routine::k_skin_limit on the skin, pauses and added time included, and reminds the
// person to check the skin every `k_skin_check_every` (NHS trust guidance, MPFT: check
// the skin every few minutes, never more than 20 minutes on it).
inline constexpr Ms k_skin_check_every{std::chrono::minutes(5)};
inline constexpr Ms k_skin_limit{routine::k_skin_limit};

// How long each step's pack has been on the skin, in session time, which runs on
// through pauses: the pack goes on when an ice or heat step starts, comes off when the
// session leaves the step, and the time is kept per step, so going back to a step does
// not start its 20 minutes again. Pure: it is told the time.
class SkinTimer {
public:
  explicit SkinTimer(std::size_t steps) : m_steps(steps) {}

  // The pack of `step` goes on at `at`; nothing changes when one is on already.
  void put_on(int step, Ms at);
  // The pack comes off at `at` (the session leaves the step), keeping its time.
  void take_off(Ms at);
  // Time on the skin of the step whose pack is on, at `at`; nothing when none is.
  [[nodiscard]] std::optional<Ms> time(Ms at) const;
  // When the next skin check, or the limit, is due; nothing when no pack is on.
  [[nodiscard]] std::optional<Ms> next_due() const;

  enum class Due { check, limit };
  // What is due at `at` (called at next_due()): a check, which is then counted, or
  // the limit.
  Due take_due(Ms at);

private:
  struct Step {
    Ms earlier{0}; // time on the skin in earlier visits
    int checks = 0;
  };
  std::vector<Step> m_steps;
  int m_step = -1;           // whose pack is on, or -1
  std::optional<Ms> m_since; // when it went on, in this visit
};

// What the person is told at each reminder, for a step of `kind` (ice or heat).
std::string_view skin_check_text(routine::StepKind kind);

// What the person is told when the limit ends the step.
std::string_view skin_limit_text(routine::StepKind kind);

// What the person is told while the step is paused: the pack should come off.
std::string_view skin_pause_text(routine::StepKind kind);

} // namespace knead::session
