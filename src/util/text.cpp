#include "util/text.hpp"

#include "util/sanitize.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace knead {
namespace {

// The ASCII a character outside ASCII is shown as where the terminal takes no
// UTF-8: the program's own glyphs (the ellipsis, the middle dot of the key hints,
// the arrows, the block and bar characters) and the punctuation routine text uses
// most. Sorted by code point.
struct Fallback {
  char32_t code_point;
  std::string_view ascii;
};
constexpr std::array k_fallbacks{
    Fallback{0x00A0, " "},  Fallback{0x00AB, "<<"}, Fallback{0x00B0, " deg"},
    Fallback{0x00B5, "u"},  Fallback{0x00B7, "-"},  Fallback{0x00BB, ">>"},
    Fallback{0x00D7, "x"},  Fallback{0x2010, "-"},  Fallback{0x2011, "-"},
    Fallback{0x2012, "-"},  Fallback{0x2013, "-"},  Fallback{0x2014, "-"},
    Fallback{0x2018, "'"},  Fallback{0x2019, "'"},  Fallback{0x201C, "\""},
    Fallback{0x201D, "\""}, Fallback{0x2022, "*"},  Fallback{0x2026, "..."},
    Fallback{0x2190, "<-"}, Fallback{0x2192, "->"}, Fallback{0x21D0, "<="},
    Fallback{0x21D2, "=>"}, Fallback{0x2212, "-"},  Fallback{0x2500, "-"},
    Fallback{0x2502, "|"},  Fallback{0x250C, "+"},  Fallback{0x2510, "+"},
    Fallback{0x2514, "+"},  Fallback{0x2518, "+"},  Fallback{0x251C, "+"},
    Fallback{0x2524, "+"},  Fallback{0x252C, "+"},  Fallback{0x2534, "+"},
    Fallback{0x253C, "+"},  Fallback{0x2581, "_"},  Fallback{0x2582, "."},
    Fallback{0x2583, "-"},  Fallback{0x2584, "~"},  Fallback{0x2585, "="},
    Fallback{0x2586, "+"},  Fallback{0x2587, "*"},  Fallback{0x2588, "#"},
    Fallback{0x2591, "-"},  Fallback{0x2592, "="},  Fallback{0x2593, "#"},
};

std::string_view fallback(char32_t code_point) {
  // A short table, looked up once per character outside ASCII: a linear search is
  // as fast as anything here.
  for (const auto &entry : k_fallbacks) {
    if (entry.code_point == code_point) {
      return entry.ascii;
    }
  }
  return "?";
}

} // namespace

namespace text_detail {

std::string_view FormatArg<Text>::get(const Text &text) {
  return text.utf8();
}

std::string FormatArg<Untrusted>::get(const Untrusted &text) {
  return sanitize_text(text.raw(), false);
}

} // namespace text_detail

std::string to_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out += text[i++];
      continue;
    }
    char32_t code_point = 0;
    const auto length = utf8::decode(text, i, code_point);
    out += length == 0 ? std::string_view("?") : fallback(code_point);
    i += std::max<std::size_t>(length, 1);
  }
  return out;
}

Text::Text(const Untrusted &text) : m_text(sanitize_text(text.raw(), false)) {}

Text Text::lines(const Untrusted &text) {
  return {Safe{}, sanitize_text(text.raw(), true)};
}

Text Text::trusted(std::string_view text) {
  return {Safe{}, sanitize_text(text, true)};
}

Text &Text::operator+=(const Text &other) {
  m_text += other.m_text;
  return *this;
}

std::size_t Text::width() const {
  return utf8::width(m_text);
}

Text Text::in(Charset charset) const {
  if (charset == Charset::utf8) {
    return *this;
  }
  return {Safe{}, to_ascii(m_text)};
}

Text Text::truncated(std::size_t columns, Charset charset) const {
  // Cutting between characters keeps sanitised text safe.
  return {Safe{}, utf8::truncate(in(charset).m_text, columns,
                                 utf8::ellipsis_for(charset == Charset::utf8))};
}

Text Text::padded_right(std::size_t columns) const {
  return {Safe{}, utf8::pad_right(m_text, columns)};
}

Text Text::padded_left(std::size_t columns) const {
  return {Safe{}, utf8::pad_left(m_text, columns)};
}

} // namespace knead
