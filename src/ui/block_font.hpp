#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace knead::ui {

// Rows of pixels of every glyph in the block font.
inline constexpr int k_block_rows = 5;

// How much room render_block_text takes.
struct BlockSize {
  int columns = 0;
  int rows = 0;
  bool operator==(const BlockSize &) const = default;
};

// `text` (digits, ':', capital letters and spaces; anything else is drawn blank) in a
// built-in block font five pixels high, for a countdown and a label readable from
// across a room. At `scale` (1 or more) a pixel is `scale` columns wide. In UTF-8 it
// is `scale` half rows high, drawn with the half blocks ▀ ▄ and the full block █, so
// that every scale keeps the pixels square on a terminal's cells (twice as high as
// wide): 3 rows at scale 1, 5 at 2, 8 at 3. Without UTF-8 a pixel is '#', `scale / 2`
// rows high (at least one). Returns block_size(text, scale, utf8).rows lines of
// equal width.
std::vector<std::string> render_block_text(std::string_view text, int scale, bool utf8);

// The room render_block_text takes for `text` at `scale`.
BlockSize block_size(std::string_view text, int scale, bool utf8);

// How many columns render_block_text takes for `text` at `scale`.
int block_width(std::string_view text, int scale);

// The largest scale at which `text` fits in `columns` x `rows`, at most `largest`;
// 0 when it does not fit even at scale 1.
int fitting_scale(std::string_view text, int columns, int rows, bool utf8, int largest = 64);

} // namespace knead::ui
