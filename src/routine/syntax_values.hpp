#pragma once

#include "routine/syntax_words.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// The values of key-value lines, for routine/syntax_words.cpp: what went wrong in a
// value the TOML parser stopped at.
namespace knead::routine::syntax {

bool is_blank(char c);
bool is_bare_key_char(char c);
// The 1-based column of byte `at` of `line`.
int column_of(std::string_view line, std::size_t at);
std::size_t skip_blanks(std::string_view line, std::size_t at);
// The end of the value that starts at or after `from`: the line's end, trailing
// blanks left out.
std::size_t value_end(std::string_view line, std::size_t from);

// `written` as a TOML value: as it is when it is quoted, a list, a table, a boolean
// or a number; else in quotes, a near-miss duration mended ("2 min" -> "\"2m\"").
std::string as_value(std::string_view written);

// A value without quotes at byte `at` of `line`, after `key =`: `hold = 2m`,
// `sides = left-then-right`, `voice = tru`.
std::optional<SyntaxMistake> bare_value(std::string_view line, std::size_t at,
                                        std::string_view key);

// A quoted value at byte `at` gone wrong: not closed on its line, closed early by a
// quote inside it, or (in "…") a backslash that starts no escape.
std::optional<SyntaxMistake> string_value(std::string_view line, std::size_t at);

} // namespace knead::routine::syntax
