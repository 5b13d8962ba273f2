#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace knead {

// `text` word-wrapped to `columns` (measured by util/utf8); words longer than a line
// are cut. The one way text is broken into lines: the live screen (ui/text_layout)
// and wrap_lines below both use it.
std::vector<std::string> wrap_words(std::string_view text, std::size_t columns);

// How far the lines a line wraps onto are indented: its leading blanks and, for a
// list item, its marker ("- ", "* ", "• ", "· ", "1. ", "1) ") or a label of one word
// ("hint: ", "Where: "), so that a wrapped item reads under its text. 0 for a line
// with neither.
std::size_t hanging_indent(std::string_view line);

// Each line of `text` that is wider than `columns` word-wrapped to it, the lines it
// goes on to indented by its hanging_indent; lines that fit are kept as they are, and
// a last line without a line break stays without one (a prompt). For everything a
// command prints as lines (Output::print_wrapped), at the terminal's width, so no
// terminal breaks a word in two. `text` must be sanitised: cuts fall between
// characters, never inside one.
std::string wrap_lines(std::string_view text, std::size_t columns);

} // namespace knead
