#pragma once

#include "routine/model.hpp"
#include "screening/applicable.hpp"
#include "screening/decision.hpp"

#include <optional>

namespace knead::screening {

// Applies `answers` to `routine`: pure, no I/O. `questions` is questions_for(routine).
// A "yes" that stops the session decides on its own (the interview ends at the first
// one, so later questions may be unanswered); otherwise every question that applies
// must have an answer, or knead::UsageError is thrown naming the missing ids.
Decision evaluate(const routine::Routine &routine, const std::vector<Question> &questions,
                  const Answers &answers);

// The stop that the "yes" answers given make on their own, whatever is missing, or
// nothing. An incomplete answers file with a stop acts on the stop first.
std::optional<Decision> evaluate_stops(const routine::Routine &routine,
                                       const std::vector<Question> &questions,
                                       const Answers &answers);

} // namespace knead::screening
