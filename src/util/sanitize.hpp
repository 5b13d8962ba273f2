#pragma once

#include <string>
#include <string_view>

namespace knead {

// Text from routine files, answers files and the history is untrusted: it may
// carry escape sequences that move the cursor, retitle the window or write the
// clipboard (OSC 52). Everything that reaches a terminal or a log goes through
// here first.

// Returns `text` safe to print: C0 and C1 control characters, DEL, and Unicode
// bidirectional overrides become U+FFFD (or '?' when `ascii_only`), invalid UTF-8
// bytes likewise. A newline is kept only when `keep_newlines` (for multi-line
// prose); a tab always becomes a space. When the terminal does not take UTF-8
// (terminal_utf8() below), the result is ASCII whatever `ascii_only` says.
std::string sanitize_for_terminal(std::string_view text, bool keep_newlines = false,
                                  bool ascii_only = false);

// The same replacements, but always UTF-8 whatever the terminal: for output that
// escapes characters outside ASCII itself (json::quote).
std::string sanitize_text(std::string_view text, bool keep_newlines = false);

// Whether the terminal takes UTF-8. One that does not (a C or Latin-1 locale) reads
// each byte on its own, and a byte inside a UTF-8 character can then be a C1
// control: "Л" is D0 9B, and 9B is CSI to a terminal in 8-bit mode. So all printed
// text is ASCII there. Set once at start-up from the locale; true until then.
void set_terminal_utf8(bool utf8);
bool terminal_utf8();

// Describes the first control character, escape sequence, bidirectional override
// or invalid UTF-8 byte in `text` ("the control character U+001B (ESC)"), or
// returns an empty string when there is none; `offset` receives its byte offset.
// The validator uses it to point at the exact column.
std::string find_unsafe_text(std::string_view text, std::size_t &offset);

} // namespace knead
