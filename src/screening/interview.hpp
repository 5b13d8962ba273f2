#pragma once

#include "screening/applicable.hpp"

#include <iosfwd>

namespace knead::screening {

// Asks `questions` one at a time over `in`/`out` (y or n; Enter alone asks again;
// b goes back to the previous question; ? says why it is asked and the source).
// Follow-ups are asked only after a "yes" to their question. The first answer that
// stops the session (a red flag, a routine's stop, a weak back not cleared) ends the
// questions: nothing asked after it could change the outcome. Throws knead::Error
// (usage exit code) when the input ends first: an unanswered question is never a "no".
Answers interview(const std::vector<Question> &questions, std::istream &in, std::ostream &out);

// The help shown for "?": why `question` is asked, then its source.
std::string explain(const Question &question);

} // namespace knead::screening
