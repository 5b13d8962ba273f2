#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// UTF-8 and the columns text takes on a terminal, in one place: the sanitizer, the
// JSON writer, the loader's positions and every printer that pads or cuts text
// measure with these.
namespace knead::utf8 {

// Whether `c` is a continuation byte (10xxxxxx), one that never starts a character.
constexpr bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

// Decodes the code point that starts at `text[at]`; returns its length in bytes, or 0
// when the bytes there are not valid UTF-8 (cut short, an overlong form, a surrogate or
// beyond U+10FFFF).
std::size_t decode(std::string_view text, std::size_t at, char32_t &code_point);

// The number of bytes `code_point` takes in UTF-8, 1 to 4.
std::size_t encoded_length(char32_t code_point);

// The columns `code_point` takes on a terminal: 0 for combining marks and zero-width
// characters, 2 for East Asian wide and fullwidth characters and emoji, 1 otherwise.
// The tables hold the main blocks, not every code point the Unicode data lists.
int code_point_width(char32_t code_point);

// The columns `text` takes. Meant for sanitized text (no control characters); an
// invalid byte counts as one column, as the one replacement character it prints as.
std::size_t width(std::string_view text);

// The length in bytes of the longest start of `text` that fits in `columns` columns,
// never splitting a character; a combining mark stays with the character before it.
std::size_t fitting_prefix(std::string_view text, std::size_t columns);

// What marks text cut short. The choice is the caller's, from whether the terminal
// takes UTF-8: a terminal that reads single bytes takes the second byte of "…" (E2 80
// A6) for a C1 control.
enum class Ellipsis {
  unicode, // "…", one column
  ascii,   // "...", three columns
};

constexpr Ellipsis ellipsis_for(bool terminal_utf8) {
  return terminal_utf8 ? Ellipsis::unicode : Ellipsis::ascii;
}

// `text` cut to at most `columns` columns, ending in `ellipsis` when it was cut (only
// the dots that fit when even "..." is too wide).
std::string truncate(std::string_view text, std::size_t columns, Ellipsis ellipsis);

// `text` padded with spaces to `columns` columns, on the right or on the left; text
// already as wide is returned as it is.
std::string pad_right(std::string_view text, std::size_t columns);
std::string pad_left(std::string_view text, std::size_t columns);

// Whether `locale` ("C.UTF-8", "de_DE.utf8", "C") names a UTF-8 character set.
bool names_utf8(std::string_view locale);

// Whether the locale of the environment (LC_ALL, else LC_CTYPE, else LANG, the first
// one set and not empty) uses UTF-8. The names are read as they are, without
// setlocale(): a locale that is not installed still says what the terminal takes.
bool locale_is_utf8();

} // namespace knead::utf8
