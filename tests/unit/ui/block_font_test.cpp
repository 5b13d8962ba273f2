#include "ui/block_font.hpp"

#include <doctest/doctest.h>

using namespace knead::ui;

TEST_CASE("the block font draws a countdown five rows high") {
  const auto rows = render_block_text("1:05", 1, false);
  const std::vector<std::string> expected{
      " #    ### ###", //
      "##  # # # #  ", //
      " #    # # ###", //
      " #  # # #   #", //
      "###   ### ###", //
  };
  CHECK(rows == expected);
  CHECK(block_width("1:05", 1) == 13);
  CHECK(block_width("1:05", 2) == 26);
}

TEST_CASE("the block font doubles cells at scale 2 and uses full blocks in UTF-8") {
  const auto rows = render_block_text("7", 2, true);
  CHECK(rows[0] == "\u2588\u2588\u2588\u2588\u2588\u2588");
  CHECK(rows[1] == "    \u2588\u2588");
}
