#include "ui/text_layout.hpp"

#include <cstdlib>

namespace knead::ui {

namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The byte offset where column `columns` starts.
std::size_t byte_offset(std::string_view text, int columns) {
  std::size_t i = 0;
  int seen = 0;
  while (i < text.size()) {
    if (!is_continuation(text[i])) {
      if (seen == columns) {
        return i;
      }
      ++seen;
    }
    ++i;
  }
  return text.size();
}

} // namespace

int display_width(std::string_view text) {
  int width = 0;
  for (const char c : text) {
    width += is_continuation(c) ? 0 : 1;
  }
  return width;
}

std::string truncate_to(std::string_view text, int columns, bool utf8) {
  if (columns <= 0) {
    return "";
  }
  if (display_width(text) <= columns) {
    return std::string(text);
  }
  return std::string(text.substr(0, byte_offset(text, columns - 1))) + (utf8 ? "\u2026" : ".");
}

std::vector<std::string> wrap_text(std::string_view text, int columns) {
  std::vector<std::string> lines;
  if (columns <= 0) {
    return lines;
  }
  std::string line;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') {
      ++i;
    }
    std::size_t end = text.find(' ', i);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view word = text.substr(i, end - i);
    i = end;
    if (word.empty()) {
      continue;
    }
    const int needed = display_width(line) + (line.empty() ? 0 : 1) + display_width(word);
    if (needed > columns && !line.empty()) {
      lines.push_back(line);
      line.clear();
    }
    while (display_width(word) > columns) {
      const auto cut = byte_offset(word, columns);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    if (!line.empty()) {
      line += ' ';
    }
    line += word;
  }
  if (!line.empty()) {
    lines.push_back(line);
  }
  return lines;
}

bool locale_is_utf8() {
  for (const char *name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char *value = std::getenv(name);
    if (value != nullptr && *value != '\0') {
      const std::string_view text(value);
      return text.find("UTF-8") != std::string_view::npos ||
             text.find("utf8") != std::string_view::npos ||
             text.find("UTF8") != std::string_view::npos ||
             text.find("utf-8") != std::string_view::npos;
    }
  }
  return false;
}

std::string centre(std::string_view text, int columns) {
  const int pad = (columns - display_width(text)) / 2;
  return std::string(static_cast<std::size_t>(pad > 0 ? pad : 0), ' ') + std::string(text);
}

} // namespace knead::ui
