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

TEST_CASE("in UTF-8 the half blocks keep pixels square at every scale") {
  // Scale 1: five pixel rows in three lines, the last half empty.
  const auto rows = render_block_text("7", 1, true);
  const std::vector<std::string> expected{
      "\u2580\u2580\u2588", // "###" over "  #": the top row, then the right column
      "  \u2588",           //
      "  \u2580",           //
  };
  CHECK(rows == expected);
  CHECK(block_size("7", 1, true) == BlockSize{3, 3});
  CHECK(block_size("1:05", 3, true) == BlockSize{39, 8});
  CHECK(block_size("1:05", 6, true) == BlockSize{78, 15});
  CHECK(render_block_text("1:05", 3, true).size() == 8);
}

TEST_CASE("without UTF-8 the font is '#' only, a pixel scale / 2 rows high") {
  CHECK(block_size("1:05", 1, false) == BlockSize{13, 5});
  CHECK(block_size("1:05", 4, false) == BlockSize{52, 10});
  const auto rows = render_block_text("1", 4, false);
  REQUIRE(rows.size() == 10);
  CHECK(rows[0] == "    ####    ");
  CHECK(rows[1] == rows[0]);
  for (const auto &row : render_block_text("0123456789:", 3, false)) {
    CHECK(row.find_first_not_of("# ") == std::string::npos);
  }
}

TEST_CASE("the largest scale that fits is chosen") {
  // 200x50 leaves the countdown some 30 rows: at least three times five.
  CHECK(block_size("1:05", fitting_scale("1:05", 200, 30, true), true).rows >= 15);
  CHECK(fitting_scale("1:05", 200, 30, true) == 12);
  CHECK(fitting_scale("1:05", 12, 30, true) == 0);
  CHECK(fitting_scale("1:05", 13, 3, true) == 1);
  CHECK(fitting_scale("1:05", 13, 3, false) == 0);
}

TEST_CASE("letters for the phase labels") {
  const auto rows = render_block_text("HOLD", 1, false);
  const std::vector<std::string> expected{
      "# #  #  #   ## ", //
      "# # # # #   # #", //
      "### # # #   # #", //
      "# # # # #   # #", //
      "# #  #  ### ## ", //
  };
  CHECK(rows == expected);
  CHECK(block_width("CIRCLE 2 OF 5", 1) == 45);
}
