#pragma once

#include <string_view>
#include <vector>

namespace knead::routine {

// Line-level facts about a TOML text, found in one pass so that asking about many
// lines stays linear in the file's size.
class TomlLines {
public:
  explicit TomlLines(std::string_view text);

  // True when line `line` (1-based) begins inside a value that started above: a
  // multi-line string ("""…""" or '''…'''), or an array or inline table not yet
  // closed. Such a line is not keys and values or a header of its own.
  [[nodiscard]] bool continues_value(int line) const;

  // The last line of the table whose header is on `header_line`: the line before the
  // next table header ([name] or [[name]] at the start of a line, outside values), or
  // the file's last line.
  [[nodiscard]] int section_end(int header_line) const;

private:
  std::vector<bool> m_continues; // per line, 0-based
  std::vector<int> m_headers;    // the lines that are headers, in order
};

} // namespace knead::routine
