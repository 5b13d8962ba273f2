#pragma once

#include <string>
#include <string_view>
#include <vector>

// Laying text out on the live screen; columns are measured by util/utf8.
namespace knead::ui {

// `text` word-wrapped to `columns`; words longer than a line are cut.
std::vector<std::string> wrap_text(std::string_view text, int columns);

// `text` centred in `columns` (left padding only).
std::string centre(std::string_view text, int columns);

} // namespace knead::ui
