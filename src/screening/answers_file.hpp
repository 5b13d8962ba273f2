#pragma once

#include "screening/applicable.hpp"

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace knead::screening {

// An answers file is a few dozen lines; anything much larger is the wrong file.
inline constexpr std::size_t k_max_answers_bytes = std::size_t{64} * 1024;

// Reads an answers file (TOML, one `id = true|false` a line) for `questions`.
// Problems are usage errors (exit 2), each pointing at the file:
//   `answers.toml:3:14: the answer to "chest_pain" must be true or false`
//   `answers.toml:4:1: unknown question id "chest_pian"; 'knead questions lower-back' lists them`
// Ids that are real but do not apply to this routine (another region's skin
// question, say) are accepted and ignored, so one file can serve several routines.
Answers parse_answers(std::string_view text, std::string_view source_name,
                      const std::vector<Question> &questions, std::string_view routine_id);

// parse_answers() on the file at `path`; "cannot open" when it cannot be read, is a
// folder or a device (a pipe is read; a FIFO nobody writes to reads as empty at
// once instead of waiting), and "too
// large" over k_max_answers_bytes. Nesting deeper than routine::k_max_nesting is
// refused before parsing. A message names at most five unknown ids.
Answers read_answers_file(const std::filesystem::path &path, const std::vector<Question> &questions,
                          std::string_view routine_id);

// Throws a usage error naming every question that applies but has no answer:
// `answers.toml: missing answers for: both_legs, injury` and how to get a template.
void require_every_answer(const std::vector<Question> &questions, const Answers &answers,
                          std::string_view source_name, std::string_view routine_id);

} // namespace knead::screening
