#include "ui/block_font.hpp"

#include <array>

namespace knead::ui {

namespace {

using Glyph = std::array<std::string_view, k_block_rows>;

// Three cells wide; the colon one. A gap of one cell separates glyphs.
constexpr std::array<Glyph, 10> k_digits = {{
    {"###", "# #", "# #", "# #", "###"},
    {" # ", "## ", " # ", " # ", "###"},
    {"###", "  #", "###", "#  ", "###"},
    {"###", "  #", "###", "  #", "###"},
    {"# #", "# #", "###", "  #", "  #"},
    {"###", "#  ", "###", "  #", "###"},
    {"###", "#  ", "###", "# #", "###"},
    {"###", "  #", "  #", "  #", "  #"},
    {"###", "# #", "###", "# #", "###"},
    {"###", "# #", "###", "  #", "###"},
}};
constexpr Glyph k_colon = {" ", "#", " ", "#", " "};
constexpr Glyph k_blank = {"   ", "   ", "   ", "   ", "   "};

const Glyph &glyph_for(char c) {
  if (c >= '0' && c <= '9') {
    return k_digits[static_cast<std::size_t>(c - '0')];
  }
  if (c == ':') {
    return k_colon;
  }
  return k_blank;
}

} // namespace

int block_width(std::string_view text, int scale) {
  int cells = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    cells += static_cast<int>(glyph_for(text[i])[0].size()) + (i > 0 ? 1 : 0);
  }
  return cells * scale;
}

std::vector<std::string> render_block_text(std::string_view text, int scale, bool utf8) {
  const std::string_view full = utf8 ? "\u2588" : "#";
  std::vector<std::string> rows(k_block_rows);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const Glyph &glyph = glyph_for(text[i]);
    for (int row = 0; row < k_block_rows; ++row) {
      auto &line = rows[static_cast<std::size_t>(row)];
      if (i > 0) {
        line.append(static_cast<std::size_t>(scale), ' ');
      }
      for (const char cell : glyph[static_cast<std::size_t>(row)]) {
        for (int s = 0; s < scale; ++s) {
          line += cell == '#' ? std::string(full) : std::string(" ");
        }
      }
    }
  }
  return rows;
}

} // namespace knead::ui
