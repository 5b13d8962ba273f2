#include "routine/toml_lines.hpp"

#include <algorithm>

namespace knead::routine {
namespace {

// For each line of `text`, whether it begins inside a value that started on a line
// before: a multi-line string, or an array or inline table not yet closed. Single-line
// strings end at their line's end at the latest, as TOML has them; comments end there.
std::vector<bool> lines_in_value(std::string_view text) {
  std::vector<bool> in_value{false};
  std::string_view open; // the closing quotes of the multi-line string we are in
  int brackets = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n') {
      in_value.push_back(!open.empty() || brackets > 0);
      ++i;
    } else if (!open.empty()) {
      if (open == R"(""")" && c == '\\') {
        i += (i + 1 < text.size() && text[i + 1] == '\n') ? 1U : 2U; // keep line breaks counted
      } else if (text.substr(i, 3) == open) {
        i += 3;
        open = {};
      } else {
        ++i;
      }
    } else if (c == '#') {
      while (i < text.size() && text[i] != '\n') {
        ++i;
      }
    } else if (c == '"' || c == '\'') {
      const std::string_view triple = c == '"' ? R"(""")" : "'''";
      if (text.substr(i, 3) == triple) {
        open = triple;
        i += 3;
        continue;
      }
      ++i;
      while (i < text.size() && text[i] != c && text[i] != '\n') {
        i += (c == '"' && text[i] == '\\' && i + 1 < text.size() && text[i + 1] != '\n') ? 2U : 1U;
      }
      if (i < text.size() && text[i] == c) {
        ++i;
      }
    } else {
      brackets += (c == '[' || c == '{') ? 1 : 0;
      brackets -= ((c == ']' || c == '}') && brackets > 0) ? 1 : 0;
      ++i;
    }
  }
  return in_value;
}

bool is_header(std::string_view line) {
  const auto first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line[first] == '[';
}

} // namespace

TomlLines::TomlLines(std::string_view text) : m_continues(lines_in_value(text)) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < m_continues.size(); ++i) {
    auto end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    if (!m_continues[i] && is_header(text.substr(start, end - start))) {
      m_headers.push_back(static_cast<int>(i) + 1);
    }
    start = end + 1;
  }
}

bool TomlLines::continues_value(int line) const {
  return line >= 1 && static_cast<std::size_t>(line) <= m_continues.size() &&
         m_continues[static_cast<std::size_t>(line) - 1];
}

int TomlLines::section_end(int header_line) const {
  const auto next = std::upper_bound(m_headers.begin(), m_headers.end(), header_line);
  return next == m_headers.end() ? static_cast<int>(m_continues.size()) : *next - 1;
}

} // namespace knead::routine
