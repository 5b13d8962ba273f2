#include "ui/text_layout.hpp"

#include <doctest/doctest.h>

using namespace knead::ui;

TEST_CASE("wrap_text breaks at spaces and cuts words longer than a line") {
  CHECK(wrap_text("Press down and inward with both thumbs", 12) ==
        std::vector<std::string>{"Press down", "and inward", "with both", "thumbs"});
  CHECK(wrap_text("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
  CHECK(wrap_text("", 10).empty());
}

TEST_CASE("widths count code points, and truncation marks the cut") {
  CHECK(display_width("caf\u00e9") == 4);
  CHECK(truncate_to("Paraspinal muscles", 8) == "Paraspi\u2026");
  CHECK(truncate_to("Paraspinal muscles", 8, false) == "Paraspi.");
  CHECK(truncate_to("short", 8) == "short");
  CHECK(centre("ab", 6) == "  ab");
}
