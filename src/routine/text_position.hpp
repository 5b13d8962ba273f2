#pragma once

#include "routine/model.hpp"

#include <cstddef>
#include <string_view>

namespace knead::routine {

// Where the byte at `value_offset` of a parsed TOML string stands in the source
// `text`, given where the string's opening quote stands (`value_start`, as toml++
// reports it: 1-based line and a column counted in code points). Escapes such as
// "\u001b" and multi-line strings are followed, so a diagnostic can point at the
// exact character. Returns `value_start` when the text does not match.
// The 1-based line and code-point column of byte `offset` in `text`.
SourcePosition position_at(std::string_view text, std::size_t offset);

SourcePosition string_char_position(std::string_view text, SourcePosition value_start,
                                    std::size_t value_offset);

} // namespace knead::routine
