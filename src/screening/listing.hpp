#pragma once

#include "screening/question.hpp"
#include "util/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace knead::screening {

// What a "yes" to `question` does, in a few words ("stop: seek emergency care now").
Text effect_in_words(const Question &question);

// `knead questions R`: one block per question with its id, wording and effect.
Text format_questions(const std::vector<Question> &questions);

// `knead questions R --json`: [{id, text, effect, does, follows, region, message, why,
// source, from_routine}], one object per question in asking order ("" when a field
// does not apply).
std::string format_questions_json(const std::vector<Question> &questions);

// `knead questions R --template`: an answers file in which every answer is still to
// be given. Each question is a comment followed by a commented-out `# id = ` line;
// until the person removes the "# " and writes true or false, the answer is missing
// and `knead run --answers` refuses to start (exit 2, naming it).
Text format_answers_template(const std::vector<Question> &questions, std::string_view routine_id);

} // namespace knead::screening
