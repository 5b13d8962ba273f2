#include "ui/text_layout.hpp"

#include <doctest/doctest.h>

using namespace knead::ui;

TEST_CASE("wrap_text breaks at spaces and cuts words longer than a line") {
  CHECK(wrap_text("Press down and inward with both thumbs", 12) ==
        std::vector<std::string>{"Press down", "and inward", "with both", "thumbs"});
  CHECK(wrap_text("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
  CHECK(wrap_text("", 10).empty());
}

TEST_CASE("wrap_text measures columns, not bytes or code points") {
  // "é" is two bytes and one column; each of these ideographs is two columns.
  CHECK(wrap_text("caf\u00e9 caf\u00e9", 9) == std::vector<std::string>{"caf\u00e9 caf\u00e9"});
  CHECK(wrap_text("\u6307\u538b\u6cd5", 4) == std::vector<std::string>{"\u6307\u538b", "\u6cd5"});
  // A wide character on a one-column screen still moves on, one a line.
  CHECK(wrap_text("\u6307\u538b", 1) == std::vector<std::string>{"\u6307", "\u538b"});
}

TEST_CASE("centre pads on the left by columns") {
  CHECK(centre("ab", 6) == "  ab");
  CHECK(centre("\u6307\u538b", 8) == "  \u6307\u538b");
  CHECK(centre("too wide", 4) == "too wide");
}
