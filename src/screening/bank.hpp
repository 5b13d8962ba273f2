#pragma once

#include "screening/question.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace knead::screening {

// The built-in questions that do not depend on the routine, in the order they are
// asked: the emergency signs, the urgent signs, a passing cold, weak back and a past
// cancer (each with its clearance), bleeding, pregnancy (and its urgent signs). The
// leg-clot, skin, cold and heat questions and the long-lasting-pain advice are made by
// the functions below. Wording and sources: docs/safety.md.
const std::vector<Question> &fixed_questions();

// `skin_<region>` for one region the routine touches, naming it in words.
Question skin_question(std::string_view region);

// `cold_allergy` (Raynaud's, cold urticaria), asked only when the routine has ice: a
// "yes" runs an ice step's heat alternative instead, or skips it.
Question cold_allergy_question();

// `reduced_feeling` (numb skin, poor circulation), asked when the routine has ice or
// heat: a "yes" skips both.
Question reduced_feeling_question();

// An id the first bank asked and this one no longer does, with the ids that took its
// place ("serious_accident and minor_fall"): an answers file that still names it is
// refused with that hint rather than read with the old meaning.
struct RetiredId {
  std::string_view id;
  std::string_view replaced_by;
};
std::span<const RetiredId> retired_ids();

// `leg_clot`, asked only when a step (or its alternative) is on the legs.
Question leg_clot_question();

// `long_lasting`: advice only, asked last among the built-in questions.
Question long_lasting_question();

// The tier of a stop, from the strongest to the weakest. Its name (to_string) is
// the outcome word the history stores, e.g. "stop-emergency".
enum class Tier { emergency, maternity, urgent, not_cleared, wait, routine, nothing_left };

const char *to_string(Tier tier);

// What the person is told when the session stops at `tier`: one paragraph.
std::string_view stop_advice(Tier tier);

} // namespace knead::screening
