#include "hazard.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace knead::test {
namespace {

// The length of the well-formed UTF-8 sequence at `text[i]` and its code point,
// or 0 when the bytes there are not one (overlong, surrogate, truncated, too big).
std::size_t utf8_sequence(std::string_view text, std::size_t i, std::uint32_t &code_point) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t lead = byte(i);
  std::size_t length = 0;
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
  } else {
    return 0;
  }
  if (i + length > text.size()) {
    return 0;
  }
  code_point = lead & (0xFFU >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0U) != 0x80U) {
      return 0;
    }
    code_point = (code_point << 6U) | (byte(i + k) & 0x3FU);
  }
  const bool overlong =
      (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) {
    return 0;
  }
  return length;
}

bool is_bidi(std::uint32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

// A small recursive-descent reader that only says whether the text is JSON.
class JsonReader {
public:
  explicit JsonReader(std::string_view text) : m_text(text) {}

  std::string problem() {
    value(0);
    space();
    if (m_problem.empty() && m_at != m_text.size()) {
      fail("text after the value");
    }
    return m_problem;
  }

private:
  void fail(std::string_view what) {
    if (m_problem.empty()) {
      m_problem = fmt::format("{} at offset {}", what, m_at);
    }
    m_at = m_text.size();
  }
  [[nodiscard]] char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }
  void space() {
    while (m_at < m_text.size() &&
           std::string_view(" \t\r\n").find(m_text[m_at]) != std::string_view::npos) {
      ++m_at;
    }
  }
  bool take(char c) {
    space();
    if (peek() == c) {
      ++m_at;
      return true;
    }
    return false;
  }
  void word(std::string_view expected) {
    if (m_text.substr(m_at, expected.size()) == expected) {
      m_at += expected.size();
    } else {
      fail("an unknown word");
    }
  }
  void string() {
    ++m_at; // the opening quote
    while (m_at < m_text.size() && m_text[m_at] != '"') {
      const auto c = static_cast<unsigned char>(m_text[m_at]);
      if (c < 0x20) {
        return fail("a raw control character in a string");
      }
      if (c == '\\') {
        ++m_at;
        if (std::string_view("\"\\/bfnrt").find(peek()) != std::string_view::npos) {
          ++m_at;
        } else if (peek() == 'u' && m_at + 4 < m_text.size()) {
          m_at += 5;
        } else {
          return fail("a bad escape");
        }
        continue;
      }
      ++m_at;
    }
    if (!take('"')) {
      fail("an unterminated string");
    }
  }
  void number() {
    const auto start = m_at;
    while (m_at < m_text.size() &&
           std::string_view("+-.eE0123456789").find(m_text[m_at]) != std::string_view::npos) {
      ++m_at;
    }
    if (m_at == start) {
      fail("no value");
    }
  }
  template <typename Member> void items(char close, Member member) {
    if (take(close)) {
      return;
    }
    do {
      member();
    } while (take(','));
    if (!take(close)) {
      fail("a missing ',' or close");
    }
  }
  void value(int depth) {
    space();
    if (depth > 64) {
      return fail("nesting too deep");
    }
    switch (peek()) {
    case '{':
      ++m_at;
      return items('}', [&] {
        space();
        if (peek() != '"') {
          return fail("a key that is not a string");
        }
        string();
        if (!take(':')) {
          return fail("a missing ':'");
        }
        value(depth + 1);
      });
    case '[':
      ++m_at;
      return items(']', [&] { value(depth + 1); });
    case '"':
      return string();
    case 't':
      return word("true");
    case 'f':
      return word("false");
    case 'n':
      return word("null");
    default:
      return number();
    }
  }

  std::string_view m_text;
  std::size_t m_at = 0;
  std::string m_problem;
};

} // namespace

std::string terminal_hazard(std::string_view printed, bool newlines) {
  std::size_t i = 0;
  while (i < printed.size()) {
    std::uint32_t c = 0;
    const auto length = utf8_sequence(printed, i, c);
    if (length == 0) {
      return fmt::format("an invalid UTF-8 byte 0x{:02X} at offset {}",
                         static_cast<std::uint8_t>(printed[i]), i);
    }
    const bool control = c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
    if (control && !(c == '\n' && newlines)) {
      return fmt::format("the control character U+{:04X} at offset {}", c, i);
    }
    if (is_bidi(c)) {
      return fmt::format("the bidirectional control U+{:04X} at offset {}", c, i);
    }
    i += length;
  }
  return {};
}

std::string json_problem(std::string_view text) {
  return JsonReader(text).problem();
}

} // namespace knead::test
