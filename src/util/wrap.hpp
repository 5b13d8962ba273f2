#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace knead {

// `text` word-wrapped to `columns` (measured by util/utf8); words longer than a line
// are cut. For the live screen (ui/text_layout) and for paragraphs printed before a
// session, such as the screening's stop, so they read well on an 80-column terminal.
std::vector<std::string> wrap_words(std::string_view text, std::size_t columns);

} // namespace knead
