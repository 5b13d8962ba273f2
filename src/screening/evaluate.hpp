#pragma once

#include "routine/model.hpp"
#include "screening/applicable.hpp"
#include "screening/decision.hpp"

namespace knead::screening {

// Applies `answers` to `routine`: pure, no I/O. `questions` is questions_for(routine);
// every question that applies must have an answer (missing_answers() is empty),
// otherwise knead::Error is thrown naming the missing ids.
Decision evaluate(const routine::Routine &routine, const std::vector<Question> &questions,
                  const Answers &answers);

} // namespace knead::screening
