#include "util/sanitize.hpp"

#include <doctest/doctest.h>

using knead::describe;
using knead::find_unsafe_text;
using knead::sanitize_text;
using knead::UnsafeKind;
using knead::UnsafeText;

TEST_CASE("escape sequences and control characters never pass through") {
  CHECK(sanitize_text("a\x1b[2Jb") == "a\xEF\xBF\xBD[2Jb");
  CHECK(sanitize_text("\x1b]52;c;aGk=\x07") == "\xEF\xBF\xBD]52;c;aGk=\xEF\xBF\xBD");
  CHECK(sanitize_text(std::string_view("a\0b", 3)) == "a\xEF\xBF\xBD"
                                                      "b");
  CHECK(sanitize_text("\xC2\x9B"
                      "31m") == "\xEF\xBF\xBD"
                                "31m");                       // C1 CSI
  CHECK(sanitize_text("x\xE2\x80\xAEy") == "x\xEF\xBF\xBDy"); // RLO
  CHECK(sanitize_text("bad\xFFutf") == "bad\xEF\xBF\xBDutf");
  CHECK(sanitize_text("line\nnext") == "line\xEF\xBF\xBDnext");
  CHECK(sanitize_text("line\nnext", true) == "line\nnext");
  CHECK(sanitize_text("tab\there") == "tab here");
}

TEST_CASE("ordinary text is unchanged, in any script") {
  CHECK(sanitize_text("Press down and inward — 2 minutes") == "Press down and inward — 2 minutes");
  // "Л" is D0 9B: valid UTF-8 is kept whole (Output makes it ASCII where needed).
  CHECK(sanitize_text("\xD0\x9B"
                      "2J caf\xC3\xA9") == "\xD0\x9B"
                                           "2J caf\xC3\xA9");
}

TEST_CASE("unsafe text is found with its kind, its offset and its character") {
  CHECK_FALSE(find_unsafe_text("fine text, caf\xC3\xA9\n\tand tabs"));
  CHECK(find_unsafe_text("ab\x1b[31m") == UnsafeText{UnsafeKind::escape_sequence, 2, 0x1B});
  CHECK(find_unsafe_text("\xC2\x9B") == UnsafeText{UnsafeKind::escape_sequence, 0, 0x9B});
  CHECK(find_unsafe_text("a\x07") == UnsafeText{UnsafeKind::control, 1, 0x07});
  CHECK(find_unsafe_text("\xE2\x80\xAE") == UnsafeText{UnsafeKind::bidi_control, 0, 0x202E});
  CHECK(find_unsafe_text("ok\xC0\xAF") == UnsafeText{UnsafeKind::invalid_utf8, 2, 0xC0});
}

TEST_CASE("unsafe text is described in words for a diagnostic") {
  CHECK(describe({UnsafeKind::escape_sequence, 2, 0x1B}) ==
        "an escape sequence starting with U+001B (ESC)");
  CHECK(describe({UnsafeKind::control, 1, 0x07}) == "the control character U+0007 (BEL)");
  CHECK(describe({UnsafeKind::control, 1, 0x01}) == "the control character U+0001");
  CHECK(describe({UnsafeKind::bidi_control, 0, 0x202E}) == "the bidirectional control U+202E");
  CHECK(describe({UnsafeKind::invalid_utf8, 2, 0xC0}) == "an invalid UTF-8 byte 0xC0");
}