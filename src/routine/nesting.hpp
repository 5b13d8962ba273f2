#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace knead::routine {

// The deepest a routine file may nest: brackets ([ and {) open at once plus the dots
// of dotted keys on the same line. A routine needs three or four.
inline constexpr int k_max_nesting = 64;

// Finds where `text` first nests deeper than k_max_nesting, outside strings and
// comments, and returns that byte offset (nothing when it never does). toml++ builds
// and frees its tree recursively, so a file such as "[a.a.a.a…]" or "x = [[[[…" a
// hundred thousand deep would overflow the stack; this check runs before it parses.
// It overcounts a little (a dot in a number counts like a dot in a key), never under:
// at most k_max_nesting levels of brackets each opened on a line of at most
// k_max_nesting dots bound the tree's depth to a few thousand.
std::optional<std::size_t> find_deep_nesting(std::string_view text);

} // namespace knead::routine
