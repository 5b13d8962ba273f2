#include "util/sanitize.hpp"

#include <doctest/doctest.h>

using knead::find_unsafe_text;
using knead::sanitize_for_terminal;

TEST_CASE("escape sequences and control characters never pass through") {
  CHECK(sanitize_for_terminal("a\x1b[2Jb") == "a\xEF\xBF\xBD[2Jb");
  CHECK(sanitize_for_terminal("\x1b]52;c;aGk=\x07") == "\xEF\xBF\xBD]52;c;aGk=\xEF\xBF\xBD");
  CHECK(sanitize_for_terminal(std::string_view("a\0b", 3)) == "a\xEF\xBF\xBD"
                                                              "b");
  CHECK(sanitize_for_terminal("\xC2\x9B"
                              "31m") == "\xEF\xBF\xBD"
                                        "31m");                       // C1 CSI
  CHECK(sanitize_for_terminal("x\xE2\x80\xAEy") == "x\xEF\xBF\xBDy"); // RLO
  CHECK(sanitize_for_terminal("bad\xFFutf") == "bad\xEF\xBF\xBDutf");
  CHECK(sanitize_for_terminal("line\nnext") == "line\xEF\xBF\xBDnext");
  CHECK(sanitize_for_terminal("line\nnext", true) == "line\nnext");
  CHECK(sanitize_for_terminal("tab\there") == "tab here");
  CHECK(sanitize_for_terminal("caf\xC3\xA9 \x1b", false, true) == "caf? ?");
}

TEST_CASE("ordinary text is unchanged") {
  CHECK(sanitize_for_terminal("Press down and inward — 2 minutes") ==
        "Press down and inward — 2 minutes");
}

TEST_CASE("unsafe text is found with its offset and a name") {
  std::size_t offset = 99;
  CHECK(find_unsafe_text("fine text", offset).empty());
  CHECK(find_unsafe_text("ab\x1b[31m", offset) == "an escape sequence starting with U+001B (ESC)");
  CHECK(offset == 2);
  CHECK(find_unsafe_text("a\x07", offset) == "the control character U+0007 (BEL)");
  CHECK(offset == 1);
  CHECK(find_unsafe_text("\xE2\x80\xAE", offset) == "the bidirectional control U+202E");
  CHECK(find_unsafe_text("ok\xC0\xAF", offset) == "an invalid UTF-8 byte 0xC0");
  CHECK(offset == 2);
}

namespace {

// Sets the terminal's charset for one test and puts it back.
struct TerminalCharset {
  explicit TerminalCharset(bool utf8) { knead::set_terminal_utf8(utf8); }
  TerminalCharset(const TerminalCharset &) = delete;
  TerminalCharset &operator=(const TerminalCharset &) = delete;
  TerminalCharset(TerminalCharset &&) = delete;
  TerminalCharset &operator=(TerminalCharset &&) = delete;
  ~TerminalCharset() { knead::set_terminal_utf8(true); }
};

} // namespace

TEST_CASE("a terminal without UTF-8 gets ASCII only") {
  // "Л" is D0 9B and "М" D0 9C: to a terminal that reads bytes in 8-bit mode, CSI and ST.
  const std::string cyrillic = "\xD0\x9B"
                               "2J caf\xC3\xA9";
  CHECK(sanitize_for_terminal(cyrillic) == cyrillic);
  const TerminalCharset latin1(false);
  CHECK(sanitize_for_terminal(cyrillic) == "?2J caf?");
  CHECK(sanitize_for_terminal("a\x1b\nb", true) == "a?\nb");
  CHECK(knead::sanitize_text(cyrillic) == cyrillic);
  CHECK(knead::sanitize_text("a\x1b") == "a\xEF\xBF\xBD");
}
