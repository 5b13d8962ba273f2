#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <iterator>

namespace knead::utf8 {
namespace {

// A closed range of code points.
struct Range {
  char32_t first;
  char32_t last;
};

// Combining marks and zero-width characters, sorted: the combining blocks of the
// Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari and Thai scripts, the zero-width
// space and joiners, and the variation selectors.
constexpr std::array k_zero_width{
    Range{0x0300, 0x036F},   Range{0x0483, 0x0489}, Range{0x0591, 0x05BD}, Range{0x05BF, 0x05BF},
    Range{0x05C1, 0x05C2},   Range{0x05C4, 0x05C5}, Range{0x05C7, 0x05C7}, Range{0x0610, 0x061A},
    Range{0x064B, 0x065F},   Range{0x0670, 0x0670}, Range{0x06D6, 0x06DC}, Range{0x06DF, 0x06E4},
    Range{0x06E7, 0x06E8},   Range{0x06EA, 0x06ED}, Range{0x0900, 0x0902}, Range{0x093A, 0x093A},
    Range{0x093C, 0x093C},   Range{0x0941, 0x0948}, Range{0x094D, 0x094D}, Range{0x0951, 0x0957},
    Range{0x0962, 0x0963},   Range{0x0E31, 0x0E31}, Range{0x0E34, 0x0E3A}, Range{0x0E47, 0x0E4E},
    Range{0x1AB0, 0x1AFF},   Range{0x1DC0, 0x1DFF}, Range{0x200B, 0x200F}, Range{0x2060, 0x2064},
    Range{0x20D0, 0x20FF},   Range{0xFE00, 0xFE0F}, Range{0xFE20, 0xFE2F}, Range{0xFEFF, 0xFEFF},
    Range{0xE0100, 0xE01EF},
};

// East Asian wide and fullwidth characters and the emoji blocks, sorted.
constexpr std::array k_wide{
    Range{0x1100, 0x115F},   Range{0x2E80, 0x303E},   Range{0x3041, 0x33FF},
    Range{0x3400, 0x4DBF},   Range{0x4E00, 0x9FFF},   Range{0xA000, 0xA4CF},
    Range{0xA960, 0xA97F},   Range{0xAC00, 0xD7A3},   Range{0xF900, 0xFAFF},
    Range{0xFE10, 0xFE19},   Range{0xFE30, 0xFE6F},   Range{0xFF00, 0xFF60},
    Range{0xFFE0, 0xFFE6},   Range{0x16FE0, 0x16FE4}, Range{0x17000, 0x18CFF},
    Range{0x1B000, 0x1B2FF}, Range{0x1F300, 0x1F64F}, Range{0x1F900, 0x1F9FF},
    Range{0x20000, 0x2FFFD}, Range{0x30000, 0x3FFFD},
};

template <std::size_t N> bool in_table(const std::array<Range, N> &table, char32_t code_point) {
  const auto it = std::upper_bound(table.begin(), table.end(), code_point,
                                   [](char32_t c, const Range &range) { return c < range.first; });
  return it != table.begin() && code_point <= std::prev(it)->last;
}

// The code point at `text[at]` and its length; an invalid byte is one byte long and,
// as its replacement character, one column wide.
std::size_t next(std::string_view text, std::size_t at, char32_t &code_point) {
  const std::size_t length = decode(text, at, code_point);
  if (length == 0) {
    code_point = 0xFFFD;
    return 1;
  }
  return length;
}

} // namespace

std::size_t decode(std::string_view text, std::size_t at, char32_t &code_point) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t lead = byte(at);
  std::size_t length = 0;
  char32_t minimum = 0;
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2;
    code_point = lead & 0x1FU;
    minimum = 0x80;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3;
    code_point = lead & 0x0FU;
    minimum = 0x800;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4;
    code_point = lead & 0x07U;
    minimum = 0x10000;
  } else {
    return 0;
  }
  if (at + length > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if (!is_continuation(text[at + k])) {
      return 0;
    }
    code_point = (code_point << 6U) | (byte(at + k) & 0x3FU);
  }
  if (code_point < minimum || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return 0;
  }
  return length;
}

std::size_t encoded_length(char32_t code_point) {
  if (code_point < 0x80) {
    return 1;
  }
  if (code_point < 0x800) {
    return 2;
  }
  return code_point < 0x10000 ? 3 : 4;
}

int code_point_width(char32_t code_point) {
  if (code_point < k_zero_width.front().first) {
    return 1; // ASCII and Latin-1: the common case, without a search
  }
  if (in_table(k_zero_width, code_point)) {
    return 0;
  }
  return in_table(k_wide, code_point) ? 2 : 1;
}

std::size_t width(std::string_view text) {
  std::size_t columns = 0;
  for (std::size_t at = 0; at < text.size();) {
    char32_t code_point = 0;
    at += next(text, at, code_point);
    columns += static_cast<std::size_t>(code_point_width(code_point));
  }
  return columns;
}

std::size_t fitting_prefix(std::string_view text, std::size_t columns) {
  std::size_t used = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    char32_t code_point = 0;
    const std::size_t length = next(text, at, code_point);
    used += static_cast<std::size_t>(code_point_width(code_point));
    if (used > columns) {
      break;
    }
    at += length;
  }
  return at;
}

std::string truncate(std::string_view text, std::size_t columns, Ellipsis ellipsis) {
  if (width(text) <= columns) {
    return std::string(text);
  }
  const std::string_view mark = ellipsis == Ellipsis::unicode ? "\u2026" : "...";
  const std::size_t mark_width = ellipsis == Ellipsis::unicode ? 1 : 3;
  if (columns < mark_width) {
    return std::string(columns, '.'); // fewer than three columns: the dots that fit
  }
  return std::string(text.substr(0, fitting_prefix(text, columns - mark_width))) +
         std::string(mark);
}

std::string pad_right(std::string_view text, std::size_t columns) {
  const std::size_t used = width(text);
  return std::string(text) + std::string(used < columns ? columns - used : 0, ' ');
}

std::string pad_left(std::string_view text, std::size_t columns) {
  const std::size_t used = width(text);
  return std::string(used < columns ? columns - used : 0, ' ') + std::string(text);
}

bool names_utf8(std::string_view locale) {
  std::string lower(locale);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
}

bool locale_is_utf8() {
  for (const char *name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char *value = std::getenv(name);
    if (value != nullptr && *value != '\0') {
      return names_utf8(value);
    }
  }
  return false;
}

} // namespace knead::utf8
