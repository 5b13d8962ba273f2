#include "ui/block_font.hpp"

#include <array>
#include <cstddef>

namespace knead::ui {

namespace {

using Glyph = std::array<std::string_view, k_block_rows>;

// Digits and most letters are three pixels wide, M and W five, N four, the colon and
// the space one. A gap of one pixel separates glyphs.
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
constexpr std::array<Glyph, 26> k_letters = {{
    {" # ", "# #", "###", "# #", "# #"},           // A
    {"## ", "# #", "## ", "# #", "## "},           // B
    {" ##", "#  ", "#  ", "#  ", " ##"},           // C
    {"## ", "# #", "# #", "# #", "## "},           // D
    {"###", "#  ", "## ", "#  ", "###"},           // E
    {"###", "#  ", "## ", "#  ", "#  "},           // F
    {" ##", "#  ", "# #", "# #", " ##"},           // G
    {"# #", "# #", "###", "# #", "# #"},           // H
    {"###", " # ", " # ", " # ", "###"},           // I
    {"  #", "  #", "  #", "# #", " # "},           // J
    {"# #", "# #", "## ", "# #", "# #"},           // K
    {"#  ", "#  ", "#  ", "#  ", "###"},           // L
    {"#   #", "## ##", "# # #", "#   #", "#   #"}, // M
    {"#  #", "## #", "# ##", "#  #", "#  #"},      // N
    {" # ", "# #", "# #", "# #", " # "},           // O
    {"## ", "# #", "## ", "#  ", "#  "},           // P
    {" # ", "# #", "# #", "## ", " ##"},           // Q
    {"## ", "# #", "## ", "# #", "# #"},           // R
    {" ##", "#  ", " # ", "  #", "## "},           // S
    {"###", " # ", " # ", " # ", " # "},           // T
    {"# #", "# #", "# #", "# #", "###"},           // U
    {"# #", "# #", "# #", "# #", " # "},           // V
    {"#   #", "#   #", "# # #", "## ##", "#   #"}, // W
    {"# #", "# #", " # ", "# #", "# #"},           // X
    {"# #", "# #", " # ", " # ", " # "},           // Y
    {"###", "  #", " # ", "#  ", "###"},           // Z
}};
constexpr Glyph k_colon = {" ", "#", " ", "#", " "};
constexpr Glyph k_space = {" ", " ", " ", " ", " "};
constexpr Glyph k_blank = {"   ", "   ", "   ", "   ", "   "};

const Glyph &glyph_for(char c) {
  if (c >= '0' && c <= '9') {
    return k_digits[static_cast<std::size_t>(c - '0')];
  }
  if (c >= 'A' && c <= 'Z') {
    return k_letters[static_cast<std::size_t>(c - 'A')];
  }
  if (c == ':') {
    return k_colon;
  }
  if (c == ' ') {
    return k_space;
  }
  return k_blank;
}

// The pixels of `text`, one string of '#' and ' ' per pixel row.
std::array<std::string, k_block_rows> pixels(std::string_view text) {
  std::array<std::string, k_block_rows> rows;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const Glyph &glyph = glyph_for(text[i]);
    for (std::size_t row = 0; row < rows.size(); ++row) {
      if (i > 0) {
        rows[row] += ' ';
      }
      rows[row] += glyph[row];
    }
  }
  return rows;
}

int ascii_rows_per_pixel(int scale) {
  return scale / 2 > 0 ? scale / 2 : 1;
}

// The pixels `text` is wide, without drawing it: the screen asks this for many
// scales on every redraw.
int pixel_width(std::string_view text) {
  int cells = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    cells += static_cast<int>(glyph_for(text[i])[0].size()) + (i > 0 ? 1 : 0);
  }
  return cells;
}

int rows_at(int scale, bool utf8) {
  return utf8 ? (k_block_rows * scale + 1) / 2 : k_block_rows * ascii_rows_per_pixel(scale);
}

} // namespace

int block_width(std::string_view text, int scale) {
  return pixel_width(text) * scale;
}

BlockSize block_size(std::string_view text, int scale, bool utf8) {
  return {block_width(text, scale), rows_at(scale, utf8)};
}

int fitting_scale(std::string_view text, int columns, int rows, bool utf8, int largest) {
  const int width = pixel_width(text);
  for (int scale = largest; scale >= 1; --scale) {
    if (width * scale <= columns && rows_at(scale, utf8) <= rows) {
      return scale;
    }
  }
  return 0;
}

std::vector<std::string> render_block_text(std::string_view text, int scale, bool utf8) {
  scale = scale > 0 ? scale : 1;
  const auto grid = pixels(text);
  const auto size = block_size(text, scale, utf8);
  const auto width = grid[0].size();
  const auto on = [&](int pixel_row, std::size_t column) {
    return pixel_row < k_block_rows &&
           grid[static_cast<std::size_t>(pixel_row)][column / static_cast<std::size_t>(scale)] ==
               '#';
  };
  std::vector<std::string> lines(static_cast<std::size_t>(size.rows));
  for (int row = 0; row < size.rows; ++row) {
    auto &line = lines[static_cast<std::size_t>(row)];
    for (std::size_t column = 0; column < width * static_cast<std::size_t>(scale); ++column) {
      if (!utf8) {
        line += on(row / ascii_rows_per_pixel(scale), column) ? '#' : ' ';
        continue;
      }
      // Two half rows a line: the upper and the lower, each `scale` to a pixel.
      const bool top = on(2 * row / scale, column);
      const bool bottom = on((2 * row + 1) / scale, column);
      line += top && bottom ? "\u2588" : top ? "\u2580" : bottom ? "\u2584" : " ";
    }
  }
  return lines;
}

} // namespace knead::ui
