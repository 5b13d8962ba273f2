#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace knead::routine {

// Column arithmetic for plain tables of sanitized text. A code point counts as one
// column: good for the Latin, Greek and Cyrillic text routines are written in; wide
// East Asian characters would take two and are not measured.
std::size_t display_width(std::string_view text);

std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

// `text` cut to at most `width` columns, ending in "…" when cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

} // namespace knead::routine
