#include "util/wrap.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace knead {

std::vector<std::string> wrap_words(std::string_view text, std::size_t room) {
  std::vector<std::string> lines;
  if (room == 0) {
    return lines;
  }
  std::string line;
  std::size_t i = 0;
  while (i < text.size()) {
    // The blanks before a word stay as they are inside a line (columns padded to line
    // up, such as knead log's, keep lining up); where the line breaks they go.
    const std::size_t gap_start = i;
    while (i < text.size() && text[i] == ' ') {
      ++i;
    }
    const std::size_t gap = std::max<std::size_t>(1, i - gap_start);
    std::size_t end = text.find(' ', i);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view word = text.substr(i, end - i);
    i = end;
    if (word.empty()) {
      continue;
    }
    const std::size_t needed = utf8::width(line) + (line.empty() ? 0 : gap) + utf8::width(word);
    if (needed > room && !line.empty()) {
      lines.push_back(line);
      line.clear();
    }
    while (utf8::width(word) > room) {
      auto cut = utf8::fitting_prefix(word, room);
      if (cut == 0) {
        // A wide character on a one-column screen: it gets a line of its own.
        cut = utf8::fitting_prefix(word, 2);
      }
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    if (!line.empty()) {
      line.append(gap, ' ');
    }
    line += word;
  }
  if (!line.empty()) {
    lines.push_back(line);
  }
  return lines;
}

namespace {

// The list markers a line may start with (after its blanks), as their text and width.
constexpr std::array<std::string_view, 4> k_markers = {"- ", "* ", "\u2022 ", "\u00b7 "};

// The bytes of a label such as "Where: " or "hint: " at the start of `rest` (one word
// of letters and a colon), or 0.
std::size_t label_bytes(std::string_view rest) {
  constexpr std::size_t k_longest = 12;
  std::size_t letters = 0;
  while (letters < rest.size() && letters <= k_longest &&
         std::isalpha(static_cast<unsigned char>(rest[letters])) != 0) {
    ++letters;
  }
  if (letters > 0 && letters <= k_longest && rest.substr(letters).starts_with(": ")) {
    // Blanks after the colon line the texts of several labels up: they belong to it.
    std::size_t end = letters + 2;
    while (end < rest.size() && rest[end] == ' ') {
      ++end;
    }
    return end;
  }
  return 0;
}

// The bytes of `line` the hanging indent covers (blanks and marker).
std::size_t indent_bytes(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') {
    ++i;
  }
  const auto rest = line.substr(i);
  for (const auto marker : k_markers) {
    if (rest.starts_with(marker)) {
      return i + marker.size();
    }
  }
  if (const auto label = label_bytes(rest); label > 0) {
    return i + label;
  }
  std::size_t digits = 0;
  while (digits < rest.size() && digits < 3 &&
         std::isdigit(static_cast<unsigned char>(rest[digits])) != 0) {
    ++digits;
  }
  if (digits > 0 && rest.size() > digits + 1 && (rest[digits] == '.' || rest[digits] == ')') &&
      rest[digits + 1] == ' ') {
    return i + digits + 2;
  }
  return i;
}

void wrap_line(std::string_view line, std::size_t columns, std::string &out) {
  if (utf8::width(line) <= columns) {
    out += line;
    return;
  }
  std::size_t cut = indent_bytes(line);
  std::size_t hang = utf8::width(line.substr(0, cut));
  // Too deep an indent for the width: wrap the line as a plain paragraph.
  if (hang + 10 > columns) {
    cut = 0;
    hang = 0;
  }
  const auto lines = wrap_words(line.substr(cut), columns - hang);
  const std::string indent(hang, ' ');
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += i == 0 ? std::string(line.substr(0, cut)) : "\n" + indent;
    out += lines[i];
  }
}

} // namespace

std::size_t hanging_indent(std::string_view line) {
  return utf8::width(line.substr(0, indent_bytes(line)));
}

std::string wrap_lines(std::string_view text, std::size_t columns) {
  if (columns == 0) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  while (!text.empty()) {
    const auto end = text.find('\n');
    wrap_line(text.substr(0, end), columns, out);
    if (end == std::string_view::npos) {
      break;
    }
    out += '\n';
    text.remove_prefix(end + 1);
  }
  return out;
}

} // namespace knead
