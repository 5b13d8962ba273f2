#pragma once

#include <span>
#include <string_view>

namespace knead::routine {

// Whether `id` belongs to one of knead's own safety questions (docs/safety.md): the
// bank's ids, and every id starting with "skin_" (one skin question per region). A
// routine's `[[question]]` may not take one, because an answers file names each
// answer by its id and could not tell the two apart. The list is the routine side's
// copy of the bank's ids; a screening test fails when the bank gains one it lacks.
bool is_builtin_question_id(std::string_view id);

// The bank's ids without the skin questions, for the test that keeps them in step.
std::span<const std::string_view> builtin_question_ids();

// The ids of the first bank that the second retired (also refused to a routine).
std::span<const std::string_view> retired_question_ids();

// The ids of the groups of signs, which an answers file may answer whole.
std::span<const std::string_view> group_ids();

// The prefix of the per-region skin questions: "skin_lower-back".
inline constexpr std::string_view k_skin_prefix = "skin_";

} // namespace knead::routine
