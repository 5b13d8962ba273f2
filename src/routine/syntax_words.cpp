#include "routine/syntax_words.hpp"

#include "routine/diagnostic.hpp"
#include "routine/source_range.hpp"
#include "routine/syntax_values.hpp"
#include "routine/toml_lines.hpp"
#include "util/sanitize.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace knead::routine {
namespace {

using syntax::bare_value;
using syntax::column_of;
using syntax::is_bare_key_char;
using syntax::skip_blanks;
using syntax::string_value;
using syntax::value_end;

// A character that is not TOML's where it stands: a control character, a line or
// paragraph separator, a space other than the plain one.
std::optional<SyntaxMistake> stray_character(std::string_view line, int column) {
  const auto at = byte_of_column(line, column);
  if (at >= line.size()) {
    return std::nullopt;
  }
  char32_t c = 0;
  utf8::decode(line, at, c);
  const auto unsafe = find_unsafe_text(line.substr(at));
  if (unsafe && unsafe->offset == 0 && unsafe->kind != UnsafeKind::invalid_utf8) {
    return SyntaxMistake{.column = column,
                         .end_column = column + 1,
                         .message = fmt::format("the line contains {}", describe(*unsafe)),
                         .hint = "remove it: an editor may show nothing there, or a sign such as "
                                 "^[ or ^G; the file is plain text"};
  }
  if (c == U'\u2028' || c == U'\u2029') {
    return SyntaxMistake{
        .column = column,
        .end_column = column + 1,
        .message = fmt::format("a {} separator (U+{:04X}) stands where a line should end",
                               c == U'\u2028' ? "line" : "paragraph", static_cast<unsigned>(c)),
        .hint = "replace it with a plain line break; text copied from a web page or a word "
                "processor can carry it"};
  }
  if (c == U'\u00a0' || c == U'\u202f' || c == U'\u3000' || (c >= U'\u2000' && c <= U'\u200b')) {
    return SyntaxMistake{
        .column = column,
        .end_column = column + 1,
        .message = fmt::format("the space U+{:04X} is not a plain space", static_cast<unsigned>(c)),
        .hint = "replace it with a plain space; text copied from a web page or a word processor "
                "can carry it"};
  }
  return std::nullopt;
}

// A header line: "[[step]" not closed, or "[step]" where "[[step]]" was meant.
std::optional<SyntaxMistake> header_mistake(std::string_view line, std::size_t at,
                                            std::string_view description) {
  const bool array = line.substr(at, 2) == "[[";
  const auto open = at + (array ? 2 : 1);
  auto name_end = open;
  while (name_end < line.size() && line[name_end] != ']' && line[name_end] != '#') {
    ++name_end;
  }
  std::string name(line.substr(open, name_end - open));
  name.erase(0, name.find_first_not_of(" \t"));
  name.erase(name.find_last_not_of(" \t") + 1);
  const auto close = std::string_view(array ? "]]" : "]");
  const int start = column_of(line, at);
  const int end = token_end_column(line, start);
  const auto fixed = fmt::format("[[{}]]", name);
  if (line.substr(name_end, close.size()) != close) {
    const auto written = fmt::format("{}{}", array ? "[[" : "[", name);
    return SyntaxMistake{.column = start,
                         .end_column = end,
                         .message = fmt::format("the table header {} is not closed", written),
                         .hint = fmt::format("end it with \"{}\": {}{}", close, written, close),
                         .fixit = written + std::string(close)};
  }
  if (description.find("cannot redefine") == std::string_view::npos) {
    return std::nullopt;
  }
  if (!array && (name == "step" || name == "question")) {
    return SyntaxMistake{
        .column = start,
        .end_column = end,
        .message =
            fmt::format("[{}] has one pair of brackets: each {} starts with {}", name, name, fixed),
        .hint = fmt::format("write {}, with two brackets on each side", fixed),
        .fixit = fixed};
  }
  if (array && (name == "step" || name == "question")) {
    return SyntaxMistake{
        .column = start,
        .end_column = end,
        .message = fmt::format("a [{}] above has one pair of brackets: each {} starts with {}",
                               name, name, fixed),
        .hint = fmt::format("write {} there too, with two brackets on each side", fixed)};
  }
  if (name == "step.alternative") {
    return SyntaxMistake{.column = start,
                         .end_column = end,
                         .message = "this step already has a [step.alternative]",
                         .hint = "a step has one alternative: start a new [[step]] before this "
                                 "one, or remove it"};
  }
  return SyntaxMistake{.column = start,
                       .end_column = end,
                       .message = fmt::format("the table [{}] is written twice", shown_name(name)),
                       .hint = "write each table once, with all its keys under it"};
}

// The key at the start of a key-value line, dotted or quoted; empty when there is
// none. `end` receives the byte after it.
std::string read_key(std::string_view line, std::size_t at, std::size_t &end) {
  std::string key;
  std::size_t i = at;
  while (i < line.size()) {
    if (line[i] == '"' || line[i] == '\'') {
      const auto close = line.find(line[i], i + 1);
      if (close == std::string_view::npos) {
        return {};
      }
      key += line.substr(i, close + 1 - i);
      i = close + 1;
    } else if (is_bare_key_char(line[i])) {
      while (i < line.size() && is_bare_key_char(line[i])) {
        key += line[i++];
      }
    } else {
      return {};
    }
    const auto next = skip_blanks(line, i);
    if (next < line.size() && line[next] == '.') {
      key += '.';
      i = skip_blanks(line, next + 1);
      continue;
    }
    break;
  }
  end = i;
  return key;
}

std::optional<SyntaxMistake> key_value_mistake(std::string_view line, std::size_t at,
                                               std::string_view description) {
  std::size_t key_end = 0;
  const auto key = read_key(line, at, key_end);
  if (key.empty()) {
    return std::nullopt;
  }
  const int key_column = column_of(line, at);
  if (description.find("cannot redefine") != std::string_view::npos) {
    return SyntaxMistake{.column = key_column,
                         .end_column = column_of(line, key_end),
                         .message = fmt::format("the key \"{}\" is written twice", shown_name(key)),
                         .duplicate_key = key};
  }
  const auto equals = skip_blanks(line, key_end);
  if (equals >= line.size() || line[equals] != '=') {
    const auto rest = line.substr(equals, value_end(line, equals) - equals);
    return SyntaxMistake{.column = column_of(line, equals),
                         .end_column = column_of(line, equals) + 1,
                         .message = fmt::format("\"=\" is missing after the key \"{}\"", key),
                         .hint = rest.empty()
                                     ? fmt::format("write {} = and its value", key)
                                     : fmt::format("write a key, \"=\" and the value: {} = {}", key,
                                                   syntax::as_value(rest)),
                         .fixit = {}};
  }
  const auto value = skip_blanks(line, equals + 1);
  if (value >= line.size() || line[value] == '#') {
    return SyntaxMistake{.column = column_of(line, equals),
                         .end_column = column_of(line, equals) + 1,
                         .message = fmt::format("the key \"{}\" has no value", key),
                         .hint = fmt::format("write the value after \"=\" on the same line, such "
                                             "as {} = \"…\"",
                                             key)};
  }
  if (line[value] == '"' || line[value] == '\'') {
    return string_value(line, value);
  }
  return bare_value(line, value, key);
}

// Whether the value of the key-value line `line` ends on it: parsing may then go on
// without the line.
bool value_ends_on_line(std::string_view line) {
  const auto equals = line.find('=');
  if (equals == std::string_view::npos) {
    return false;
  }
  const auto value = skip_blanks(line, equals + 1);
  if (value >= line.size()) {
    return false;
  }
  const char c = line[value];
  if (line.substr(value, 3) == R"(""")" || line.substr(value, 3) == "'''") {
    return line.find(line.substr(value, 3), value + 3) != std::string_view::npos;
  }
  if (c == '[' || c == '{') {
    const int end = token_end_column(line, column_of(line, value));
    const auto last = byte_of_column(line, end - 1);
    return last < line.size() && (line[last] == ']' || line[last] == '}');
  }
  return true;
}

// Says where the first of a key written twice is (the nearest line above in the same
// table with the same key) and whether parsing can go on without the second.
void explain_duplicate(std::string_view text, const TomlLines &lines, int line,
                       SyntaxMistake &mistake) {
  // Each line's start, once: reading lines one by one from the top would be quadratic.
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size() && static_cast<int>(starts.size()) < line; ++i) {
    if (text[i] == '\n') {
      starts.push_back(i + 1);
    }
  }
  int first = 0;
  for (int above = line - 1; above >= 1 && first == 0; --above) {
    if (lines.continues_value(above)) {
      continue;
    }
    const auto from = starts[static_cast<std::size_t>(above) - 1];
    auto source = text.substr(from, starts[static_cast<std::size_t>(above)] - 1 - from);
    if (!source.empty() && source.back() == '\r') {
      source.remove_suffix(1);
    }
    const auto at = skip_blanks(source, 0);
    if (at < source.size() && source[at] == '[') {
      break;
    }
    std::size_t end = 0;
    if (at < source.size() && read_key(source, at, end) == mistake.duplicate_key) {
      first = above;
    }
  }
  mistake.hint = first > 0 ? fmt::format("the first is on line {}: keep one of them", first)
                           : "each key appears once in a table: keep one of them";
  mistake.can_go_on = value_ends_on_line(source_line(text, line));
}

} // namespace

std::optional<SyntaxMistake> recognise_syntax_mistake(std::string_view text, int line, int column,
                                                      std::string_view description) {
  const auto source = source_line(text, line);
  if (auto stray = stray_character(source, column)) {
    return stray;
  }
  const TomlLines lines(text);
  if (lines.continues_value(line)) {
    return std::nullopt;
  }
  const auto at = skip_blanks(source, 0);
  if (at >= source.size() || source[at] == '#') {
    return std::nullopt;
  }
  if (source[at] == '[') {
    return header_mistake(source, at, description);
  }
  auto mistake = key_value_mistake(source, at, description);
  if (mistake && !mistake->duplicate_key.empty()) {
    explain_duplicate(text, lines, line, *mistake);
  }
  return mistake;
}

} // namespace knead::routine
