#pragma once

#include <cstddef>
#include <optional>
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

// What makes a piece of text unsafe to show.
enum class UnsafeKind {
  invalid_utf8,    // a byte that is not part of valid UTF-8
  escape_sequence, // ESC or CSI: the start of a sequence a terminal acts on
  control,         // any other C0 or C1 control character but the line break and tab
  bidi_control,    // a Unicode bidirectional override or isolate
};

// The first unsafe thing in a text: what it is, where, and which character.
struct UnsafeText {
  UnsafeKind kind = UnsafeKind::control;
  std::size_t offset = 0; // byte offset in the text
  char32_t code = 0;      // the character, or the byte for invalid_utf8
  bool operator==(const UnsafeText &) const = default;
};

// The first control character, escape sequence, bidirectional override or invalid
// UTF-8 byte in `text`, or std::nullopt when there is none. The validator uses it to
// point at the exact column.
std::optional<UnsafeText> find_unsafe_text(std::string_view text);

// `unsafe` in words, for a diagnostic: "the control character U+0007 (BEL)".
std::string describe(const UnsafeText &unsafe);

} // namespace knead
