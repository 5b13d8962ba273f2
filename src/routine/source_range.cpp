#include "routine/source_range.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace knead::routine {
namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '+' ||
         c == '.' || c == ':';
}

// The byte after the string that opens at `at` with `quote`: after its closing quote,
// or the end of the line (trailing blanks left out) when it is not closed.
std::size_t string_end(std::string_view line, std::size_t at) {
  const char quote = line[at];
  if (line.substr(at, 3) == std::string(3, quote)) {
    const auto close = line.find(std::string(3, quote), at + 3);
    return close == std::string_view::npos ? line.find_last_not_of(" \t") + 1 : close + 3;
  }
  for (std::size_t i = at + 1; i < line.size(); ++i) {
    if (quote == '"' && line[i] == '\\') {
      ++i;
    } else if (line[i] == quote) {
      return i + 1;
    }
  }
  return line.find_last_not_of(" \t") + 1;
}

// The byte after the bracket that closes the one at `at`, strings skipped; the end
// of the line when it is not closed there.
std::size_t bracket_end(std::string_view line, std::size_t at) {
  int depth = 0;
  for (std::size_t i = at; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"' || c == '\'') {
      i = string_end(line, i) - 1;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) {
        // A header [[step]] closes with two.
        return i + 1 < line.size() && line[i + 1] == ']' && line[at + 1] == '[' ? i + 2 : i + 1;
      }
    } else if (c == '#') {
      break;
    }
  }
  return line.find_last_not_of(" \t") + 1;
}

} // namespace

std::string_view source_line(std::string_view text, int line) {
  std::size_t start = 0;
  for (int i = 1; i < line; ++i) {
    const auto next = text.find('\n', start);
    if (next == std::string_view::npos) {
      return {};
    }
    start = next + 1;
  }
  auto end = text.find('\n', start);
  if (end == std::string_view::npos) {
    end = text.size();
  }
  if (end > start && text[end - 1] == '\r') {
    --end;
  }
  return text.substr(start, end - start);
}

std::size_t byte_of_column(std::string_view line, int column) {
  int seen = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (is_continuation(line[i])) {
      continue;
    }
    if (seen == column) {
      return i;
    }
    ++seen;
  }
  return line.size();
}

int code_points(std::string_view bytes) {
  int count = 0;
  for (const char c : bytes) {
    count += is_continuation(c) ? 0 : 1;
  }
  return count;
}

int token_end_column(std::string_view line, int column) {
  const auto at = byte_of_column(line, column);
  if (at >= line.size()) {
    return column + 1;
  }
  const char c = line[at];
  std::size_t end = at + 1;
  if (c == '"' || c == '\'') {
    end = string_end(line, at);
  } else if (c == '[' || c == '{') {
    end = bracket_end(line, at);
  } else if (c == '\\' && at + 1 < line.size()) {
    const char kind = line[at + 1];
    end = std::min(line.size(), at + (kind == 'u' ? 6 : kind == 'U' ? 10 : 2));
  } else if (is_word_char(c)) {
    while (end < line.size() && is_word_char(line[end])) {
      ++end;
    }
  } else {
    while (end < line.size() && is_continuation(line[end])) {
      ++end;
    }
  }
  if (end <= at) {
    end = at + 1;
  }
  return column + code_points(line.substr(at, end - at));
}

} // namespace knead::routine
