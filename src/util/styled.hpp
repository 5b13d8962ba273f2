#pragma once

#include "util/text.hpp"

#include <utility>
#include <vector>

namespace knead {

// What a piece of styled text is, for the colour a terminal gives it. The meaning is
// named, not the colour: an Output picks the colour, and none without colour.
enum class Style {
  plain,
  emphasis, // the file and position of a diagnostic, its message
  error,    // "error:"
  warning,  // "warning:"
  note,     // "hint:", "note:"
  gutter,   // the line number and bar beside a source line
  marker,   // the caret and underline under a source line
  fixit,    // replacement text under the underline
};

// Text in pieces, each with its style: what a diagnostic prints. Each piece is Text,
// so it is safe to show whatever the style.
class StyledText {
public:
  StyledText &add(Style style, Text text) {
    m_parts.emplace_back(style, std::move(text));
    return *this;
  }
  StyledText &add(Text text) { return add(Style::plain, std::move(text)); }
  StyledText &operator+=(const StyledText &other) {
    m_parts.insert(m_parts.end(), other.m_parts.begin(), other.m_parts.end());
    return *this;
  }
  [[nodiscard]] const std::vector<std::pair<Style, Text>> &parts() const { return m_parts; }
  // The text without styles, to test and to print where there is no colour.
  [[nodiscard]] Text plain() const {
    Text out;
    for (const auto &[style, text] : m_parts) {
      out += text;
    }
    return out;
  }

private:
  std::vector<std::pair<Style, Text>> m_parts;
};

} // namespace knead
