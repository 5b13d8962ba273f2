#include "util/utf8.hpp"
#include "util/wrap.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace knead;

namespace {

// The widest line of `text`, in columns.
std::size_t widest(const std::string &text) {
  std::istringstream in(text);
  std::size_t most = 0;
  for (std::string line; std::getline(in, line);) {
    most = std::max(most, utf8::width(line));
  }
  return most;
}

} // namespace

TEST_CASE("wrap_lines keeps lines that fit and breaks long ones between words") {
  CHECK(wrap_lines("short\nalso short\n", 20) == "short\nalso short\n");
  CHECK(wrap_lines("Do not massage your back if you have trouble passing urine", 20) ==
        "Do not massage your\nback if you have\ntrouble passing\nurine");
  // A last line without a line break (a prompt) stays without one.
  CHECK(wrap_lines("Which of them? > ", 80) == "Which of them? > ");
}

TEST_CASE("wrap_lines hangs list items, numbered items and labels under their text") {
  CHECK(wrap_lines("  - numbness in the saddle area or the genitals\n", 24) ==
        "  - numbness in the\n    saddle area or the\n    genitals\n");
  CHECK(wrap_lines("  12. a sign that goes on and on\n", 20) ==
        "  12. a sign that\n      goes on and on\n");
  CHECK(wrap_lines("         Where: Both sides of the spine, just above the hip bones\n", 40) ==
        "         Where: Both sides of the spine,\n"
        "                just above the hip bones\n");
  CHECK(wrap_lines("  hint: did you mean \"hold\" or \"press\"?", 24) ==
        "  hint: did you mean\n        \"hold\" or\n        \"press\"?");
  CHECK(hanging_indent("  \u2022 item") == 4);
  CHECK(hanging_indent("plain text") == 0);
  CHECK(hanging_indent("Question 2 of 8: is it") == 0);
}

TEST_CASE("wrap_lines never leaves a line wider than the columns") {
  const std::string text =
      "   0:00  1. Paraspinal muscles  together  lower-back  2:00  2:40  (waits for you first)\n"
      "          - a very long list item that keeps going well past the end of the line\n"
      "Supercalifragilisticexpialidocious-and-then-some-more-without-a-space\n"
      "\u6307\u538b\u6cd5 \u6307\u538b\u6cd5 \u6307\u538b\u6cd5 \u6307\u538b\u6cd5\n";
  for (const std::size_t columns : {12U, 20U, 40U, 60U, 80U}) {
    CAPTURE(columns);
    CHECK(widest(wrap_lines(text, columns)) <= columns);
  }
  // Too deep an indent for the width: wrapped as a plain paragraph.
  CHECK(wrap_lines("                      - deep item text", 24) == "- deep item text");
}

TEST_CASE("wrap_lines keeps the blanks that line labels up") {
  CHECK(wrap_lines("      where:     Top of the foot, between the bones\n", 40) ==
        "      where:     Top of the foot,\n"
        "                 between the bones\n");
}

TEST_CASE("wrap_lines keeps the blanks that pad columns inside a line, and drops them at a break") {
  CHECK(wrap_lines("#7    2026-11-22 08:30  a            completed    20.0 min  3 of 4 steps done",
                   60) ==
        "#7    2026-11-22 08:30  a            completed    20.0 min\n3 of 4 steps done");
  CHECK(wrap_words("one    two", 5) == std::vector<std::string>{"one", "two"});
}
