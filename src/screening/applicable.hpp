#pragma once

#include "routine/model.hpp"
#include "screening/bank.hpp"
#include "screening/question.hpp"

#include <map>
#include <string>
#include <vector>

namespace knead::screening {

// Answers by question id: true is "yes".
using Answers = std::map<std::string, bool, std::less<>>;

// Every question that may be asked before `routine`, in the order they are asked:
// the fixed bank, `leg_clot` when a step is on the legs, one `skin_<region>` per
// region the routine touches (in the order the steps first touch it, every region of
// a step counted), `cold_allergy` when it has ice and `reduced_feeling` when it has
// ice or heat, the routine's own questions, and `long_lasting` last. Follow-ups are
// included; whether they are asked depends on the answers (see `applies`). Throws
// knead::Error when a routine question reuses a built-in id.
std::vector<Question> questions_for(const routine::Routine &routine);

// `answers` with every sign of a group answered "no" set to "no" (a sign's own answer
// wins); a group answered "yes" stays as it is (evaluate and missing_answers read it).
Answers expand_groups(const std::vector<Question> &questions, const Answers &answers);

// Whether `question` is asked given the answers so far: a follow-up only after a
// "yes" to the question it follows.
bool applies(const Question &question, const Answers &answers);

// The ids of questions that apply but have no answer, in asking order.
std::vector<std::string> missing_answers(const std::vector<Question> &questions,
                                         const Answers &answers);

// Whether `id` names a question knead could ask for some routine: a fixed bank id,
// `skin_<known region>`, another routine-dependent one (`leg_clot`, `cold_allergy`,
// ...), or one of `questions`. A retired id is not known.
bool is_known_id(std::string_view id, const std::vector<Question> &questions);

// The retired id `id` (docs/safety.md, "What changed"), or nullptr.
const RetiredId *find_retired_id(std::string_view id);
bool is_retired_id(std::string_view id);

} // namespace knead::screening
