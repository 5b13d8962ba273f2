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
};

// The result of screening: either a stop, or the plan with steps skipped, cautions
// attached and advice added. Also what the history keeps: the answers in asking
// order and one outcome word (docs/safety.md lists them).
struct Decision {
  std::optional<Stop> stop;
  session::Plan plan; // the trimmed plan; meaningless when `stop` is set
  std::vector<std::pair<std::string, bool>> answers;
  std::string outcome;      // clear, advice, cautions, skips or a Tier's name
  bool reconfirmed = false; // the answers came from a re-confirmed earlier check

  [[nodiscard]] bool stopped() const { return stop.has_value(); }
};

} // namespace knead::screening
