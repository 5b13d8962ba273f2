#pragma once

#include "screening/bank.hpp"
#include "session/plan.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace knead::screening {

// Why the session must not run.
struct Stop {
  Tier tier = Tier::emergency;
  std::vector<std::string> ids;     // the questions answered "yes" that stopped it
  std::vector<std::string> reasons; // each in words, same order as `ids`
  // Advice that holds even though nothing runs (the midwife advice when pregnancy
  // skipped every step).
  std::vector<std::string> advice;
};

// What screening did to a plan that runs, from the least to the most: nothing,
// advice before the session, cautions on steps, steps skipped. Its name (to_string)
// is the outcome word the history stores, as a Tier's is for a stop.
enum class PlanOutcome { clear, advice, cautions, skips };

const char *to_string(PlanOutcome outcome);

// The result of screening: either a stop, or the plan with steps skipped, cautions
// attached and advice added. Also what the history keeps: the answers in asking
// order and the outcome (outcome_word, docs/safety.md lists them).
struct Decision {
  std::optional<Stop> stop;
  session::Plan plan; // the trimmed plan; meaningless when `stop` is set
  std::vector<std::pair<std::string, bool>> answers;
  PlanOutcome plan_outcome = PlanOutcome::clear; // meaningless when `stop` is set
  bool reconfirmed = false; // the answers came from a re-confirmed earlier check

  [[nodiscard]] bool stopped() const { return stop.has_value(); }
};

// The outcome word the history stores and `knead log` shows as `screening`: the stop's
// tier (stop-emergency, …) or the plan's outcome (clear, advice, cautions, skips).
std::string outcome_word(const Decision &decision);

} // namespace knead::screening
