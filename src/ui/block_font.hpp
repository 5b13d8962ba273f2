#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace knead::ui {

// Rows of every glyph in the block font.
inline constexpr int k_block_rows = 5;

// `text` (digits, ':' and spaces; anything else is drawn blank) in a built-in
// 5-row block font, each cell `scale` columns wide, for a countdown readable from
// across a room. Full blocks in UTF-8, '#' when `utf8` is false. Returns k_block_rows
// lines of equal width (block_width).
std::vector<std::string> render_block_text(std::string_view text, int scale, bool utf8);

// How many columns render_block_text takes for `text` at `scale`.
int block_width(std::string_view text, int scale);

} // namespace knead::ui
