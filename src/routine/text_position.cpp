#include "routine/text_position.hpp"

#include "util/utf8.hpp"

#include <cstdint>

namespace knead::routine {
namespace {

// The length of the UTF-8 encoding of the code point written as hex digits.
std::size_t utf8_length_of_hex(std::string_view hex) {
  std::uint32_t code_point = 0;
  for (const char c : hex) {
    const auto digit = static_cast<std::uint32_t>(
        c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10); // NOLINT(hicpp-signed-bitwise)
    code_point = code_point * 16 + (digit & 0xFU);
  }
  return utf8::encoded_length(code_point);
}

// Walks the raw source of one string, unit by unit (a character, an escape, a
// line-ending backslash), keeping the line and column of the current unit.
class StringWalker {
public:
  StringWalker(std::string_view text, std::size_t at, SourcePosition position)
      : m_text(text), m_at(at), m_position(position) {}

  SourcePosition find(std::size_t value_offset) {
    const bool basic = m_text[m_at] == '"';
    const bool multi_line = m_text.substr(m_at, 3) == (basic ? "\"\"\"" : "'''");
    const std::string_view close = multi_line ? (basic ? "\"\"\"" : "'''") : (basic ? "\"" : "'");
    advance(close.size());
    if (multi_line) {
      skip_one_newline(); // TOML trims a newline right after the opening quotes
    }
    std::size_t decoded = 0;
    while (m_at < m_text.size() && m_text.substr(m_at, close.size()) != close) {
      std::size_t raw = 1;
      std::size_t produced = 1;
      if (basic && m_text[m_at] == '\\') {
        measure_escape(raw, produced);
      } else if (m_text.substr(m_at, 2) == "\r\n") {
        raw = 2;
      } else {
        while (m_at + raw < m_text.size() && utf8::is_continuation(m_text[m_at + raw])) {
          ++raw;
        }
        produced = raw;
      }
      if (produced > 0 && decoded + produced > value_offset) {
        return m_position;
      }
      decoded += produced;
      advance(raw);
    }
    return m_position;
  }

private:
  void measure_escape(std::size_t &raw, std::size_t &produced) const {
    const char kind = m_at + 1 < m_text.size() ? m_text[m_at + 1] : '\0';
    if (kind == 'u' || kind == 'U') {
      const std::size_t digits = kind == 'u' ? 4 : 8;
      raw = 2 + digits;
      produced = utf8_length_of_hex(m_text.substr(m_at + 2, digits));
      return;
    }
    if (kind == ' ' || kind == '\t' || kind == '\r' || kind == '\n') {
      // A line-ending backslash: it and all whitespace after it vanish.
      raw = 1;
      while (m_at + raw < m_text.size() &&
             (m_text[m_at + raw] == ' ' || m_text[m_at + raw] == '\t' ||
              m_text[m_at + raw] == '\r' || m_text[m_at + raw] == '\n')) {
        ++raw;
      }
      produced = 0;
      return;
    }
    raw = 2;
    produced = 1;
  }

  void skip_one_newline() {
    if (m_text.substr(m_at, 2) == "\r\n") {
      advance(2);
    } else if (m_text.substr(m_at, 1) == "\n") {
      advance(1);
    }
  }

  // Moves `count` bytes forward, counting lines and code-point columns.
  void advance(std::size_t count) {
    for (std::size_t i = 0; i < count && m_at < m_text.size(); ++i, ++m_at) {
      const char c = m_text[m_at];
      if (c == '\n') {
        ++m_position.line;
        m_position.column = 1;
      } else if (!utf8::is_continuation(c) && c != '\r') {
        ++m_position.column;
      }
    }
  }

  std::string_view m_text;
  std::size_t m_at;
  SourcePosition m_position;
};

} // namespace

SourcePosition string_char_position(std::string_view text, SourcePosition value_start,
                                    std::size_t value_offset) {
  // Find the byte where the opening quote stands.
  std::size_t at = 0;
  for (int line = 1; line < value_start.line; ++line) {
    at = text.find('\n', at);
    if (at == std::string_view::npos) {
      return value_start;
    }
    ++at;
  }
  for (int column = 1; column < value_start.column && at < text.size(); ++column) {
    ++at;
    while (at < text.size() && utf8::is_continuation(text[at])) {
      ++at;
    }
  }
  if (at >= text.size() || (text[at] != '"' && text[at] != '\'')) {
    return value_start;
  }
  return StringWalker(text, at, value_start).find(value_offset);
}

SourcePosition position_at(std::string_view text, std::size_t offset) {
  SourcePosition at{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else if (!utf8::is_continuation(text[i])) {
      ++at.column;
    }
  }
  return at;
}

} // namespace knead::routine
