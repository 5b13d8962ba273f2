#pragma once

#include <string>
#include <string_view>

namespace knead {

// Text from routine files, answers files and the history is untrusted: it may
// carry escape sequences that move the cursor, retitle the window or write the
// clipboard (OSC 52). Printers never call this themselves: they put untrusted text
// into a Text (util/text.hpp), which calls it, and print the Text through an Output.

// Returns `text` safe to print: C0 and C1 control characters, DEL, Unicode
// bidirectional overrides and invalid UTF-8 bytes become U+FFFD. A newline is kept
// only when `keep_newlines` (for multi-line prose); a tab always becomes a space.
// The result is valid UTF-8; Output turns it into ASCII where the terminal takes no
// UTF-8.
std::string sanitize_text(std::string_view text, bool keep_newlines = false);

// Describes the first control character, escape sequence, bidirectional override
// or invalid UTF-8 byte in `text` ("the control character U+001B (ESC)"), or
// returns an empty string when there is none; `offset` receives its byte offset.
// The validator uses it to point at the exact column.
std::string find_unsafe_text(std::string_view text, std::size_t &offset);

} // namespace knead
