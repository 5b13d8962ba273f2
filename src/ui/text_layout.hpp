#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace knead::ui {

// Columns `text` takes: one per UTF-8 code point (routine text is sanitised first,
// so there are no control characters; wide CJK glyphs are counted as one).
int display_width(std::string_view text);

// `text` cut to at most `columns` columns, with "…" (or "." when not `utf8`) when cut.
std::string truncate_to(std::string_view text, int columns, bool utf8 = true);

// `text` word-wrapped to `columns`; words longer than a line are cut.
std::vector<std::string> wrap_text(std::string_view text, int columns);

// Whether the locale (LC_ALL, else LC_CTYPE, else LANG) uses UTF-8; block glyphs
// and bars fall back to ASCII when it does not.
bool locale_is_utf8();

// `text` centred in `columns` (left padding only).
std::string centre(std::string_view text, int columns);

} // namespace knead::ui
