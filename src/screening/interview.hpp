#pragma once

#include "screening/applicable.hpp"
#include "util/asker.hpp"

namespace knead::screening {

// Asks `questions` through `asker` (yes or no; back goes to the previous question;
// the help says why it is asked and the source), except those `given` answers
// already (carried from an earlier check). The signs of a group (groups.hpp) are one
// question with a bulleted list when two or more of them are still open: "no"
// answers each; "yes" stops at once for the emergency signs, asks each sign on its
// own for the skin, and otherwise asks which by number. Follow-ups are asked only
// after a "yes" to their question. The first answer that stops the session ends the
// questions: nothing asked after it could change the outcome. Throws knead::Error
// (usage exit code) when the input ends first: an unanswered question is never a
// "no". The answers include `given` and each group answered.
Answers interview(const std::vector<Question> &questions, Asker &asker, const Answers &given = {});

// Asks one safety question through `asker`: yes, no or back, never `ended`. Throws
// knead::Error (usage exit code) when the input ends before it is answered.
Reply ask_safety_question(Asker &asker, const YesNoQuestion &question);

// The help shown for "?": why `question` is asked, then its source.
Text explain(const Question &question);

} // namespace knead::screening
