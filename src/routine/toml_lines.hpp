#pragma once

#include <string_view>

namespace knead::routine {

// True when line `line` (1-based) of the TOML `text` begins inside a value that
// started above: a multi-line string ("""…""" or '''…'''), or an array or inline
// table not yet closed. Such a line is not keys and values or a header of its own.
bool line_continues_value(std::string_view text, int line);

// The last line of the table whose header is on `header_line`: the line before the
// next table header ([name] or [[name]] at the start of a line, outside values), or
// the file's last line.
int section_end_line(std::string_view text, int header_line);

} // namespace knead::routine
