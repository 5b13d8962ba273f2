#include "routine/nesting.hpp"

namespace knead::routine {
namespace {

// The offset just past the string that starts at `at` (a ' or "), or the end of the
// text when it never closes (toml++ then reports the unterminated string).
std::size_t skip_string(std::string_view text, std::size_t at) {
  const bool basic = text[at] == '"';
  const std::string_view triple = basic ? R"(""")" : "'''";
  const bool multi_line = text.substr(at, 3) == triple;
  const std::string_view close = multi_line ? triple : triple.substr(0, 1);
  std::size_t i = at + close.size();
  while (i < text.size()) {
    const char c = text[i];
    if (basic && c == '\\') {
      i += 2;
      continue;
    }
    if (c == '\n' && !multi_line) {
      return i; // a single-line string ends at the line's end at the latest
    }
    if (text.substr(i, close.size()) == close) {
      return i + close.size();
    }
    ++i;
  }
  return text.size();
}

} // namespace

std::optional<std::size_t> find_deep_nesting(std::string_view text) {
  int brackets = 0;
  int line_dots = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"' || c == '\'') {
      i = skip_string(text, i);
      continue;
    }
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') {
        ++i;
      }
      continue;
    }
    if (c == '\n') {
      line_dots = 0;
    } else if (c == '[' || c == '{') {
      ++brackets;
    } else if ((c == ']' || c == '}') && brackets > 0) {
      --brackets;
    } else if (c == '.') {
      ++line_dots;
    }
    if (brackets + line_dots > k_max_nesting) {
      return i;
    }
    ++i;
  }
  return std::nullopt;
}

} // namespace knead::routine
