#pragma once

#include <cstddef>
#include <string_view>

namespace knead::routine {

// Line `line` (1-based) of `text`, without its line break ("\n" or "\r\n"); empty
// when the text has fewer lines.
std::string_view source_line(std::string_view text, int line);

// The byte offset in `line` of 1-based code-point column `column`, or the line's
// size when the column is past its end.
std::size_t byte_of_column(std::string_view line, int column);

// The number of code points in `bytes` (continuation bytes are not counted, so an
// invalid byte counts as one, as the loader's positions count it).
int code_points(std::string_view bytes);

// One past the last column of the token that starts at `column` of `line`: a quoted
// string to its closing quote (or the end of the line when it has none), a table
// header or array to its closing bracket, an escape inside a string to its end, a
// bare key, word or number to its last character; anything else is one character.
int token_end_column(std::string_view line, int column);

} // namespace knead::routine
