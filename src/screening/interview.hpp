#pragma once

#include "screening/applicable.hpp"
#include "util/asker.hpp"

namespace knead::screening {

// Asks `questions` one at a time through `asker` (yes or no; back goes to the
// previous question; the help says why it is asked and the source). Follow-ups are
// asked only after a "yes" to their question. The first answer that stops the
// session (a red flag, a routine's stop, a weak back not cleared) ends the
// questions: nothing asked after it could change the outcome. Throws knead::Error
// (usage exit code) when the input ends first: an unanswered question is never a "no".
Answers interview(const std::vector<Question> &questions, Asker &asker);

// Asks one safety question through `asker`: yes, no or back, never `ended`. Throws
// knead::Error (usage exit code) when the input ends before it is answered.
Reply ask_safety_question(Asker &asker, const YesNoQuestion &question);

// The help shown for "?": why `question` is asked, then its source.
Text explain(const Question &question);

} // namespace knead::screening
