#include "util/wrap.hpp"

#include "util/utf8.hpp"

namespace knead {

std::vector<std::string> wrap_words(std::string_view text, std::size_t room) {
  std::vector<std::string> lines;
  if (room == 0) {
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
    const std::size_t needed = utf8::width(line) + (line.empty() ? 0 : 1) + utf8::width(word);
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
      line += ' ';
    }
    line += word;
  }
  if (!line.empty()) {
    lines.push_back(line);
  }
  return lines;
}

} // namespace knead
