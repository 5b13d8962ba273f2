#pragma once

#include "screening/question.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace knead::screening {

// The built-in questions that do not depend on the routine, in the order they are
// asked: emergency, urgent, weak back (and its follow-up), bleeding, pregnancy. The
// per-region skin question, the ice question and the long-lasting-pain advice are
// made by the functions below. Wording and sources: docs/safety.md.
const std::vector<Question> &fixed_questions();

// `skin_<region>` for one region the routine touches, naming it in words.
Question skin_question(std::string_view region);

// `cold_sensitive`, asked only when the routine has an ice step.
Question cold_question();

// `long_lasting`: advice only, asked last among the built-in questions.
Question long_lasting_question();

// The tier of a stop, from the strongest to the weakest. Its name (to_string) is
// the outcome word the history stores, e.g. "stop-emergency".
enum class Tier { emergency, urgent, not_cleared, routine, nothing_left };

const char *to_string(Tier tier);

// What the person is told when the session stops at `tier`: one paragraph.
std::string_view stop_advice(Tier tier);

} // namespace knead::screening
