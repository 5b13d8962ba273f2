#include "routine/loader.hpp"
#include "routine/points_view.hpp"
#include "routine/scaffold.hpp"

#include <doctest/doctest.h>

using namespace knead::routine;

TEST_CASE("routine ids are lower-case words joined by hyphens") {
  CHECK(is_routine_id("evening-back"));
  CHECK(is_routine_id("day2"));
  CHECK_FALSE(is_routine_id(""));
  CHECK_FALSE(is_routine_id("Evening"));
  CHECK_FALSE(is_routine_id("a b"));
  CHECK_FALSE(is_routine_id("../x"));
  CHECK_FALSE(is_routine_id("-x"));
  CHECK_FALSE(is_routine_id("x.toml"));
  CHECK_FALSE(is_routine_id(std::string(65, 'a')));
}

TEST_CASE("the scaffold passes the loader with no warnings") {
  const auto text = scaffold_routine("evening-back", "/usr/share/knead/routine.schema.json");
  const auto result = parse_routine(text, "evening-back.toml", "evening-back");
  CHECK(format_diagnostics(result.diagnostics).utf8() == "");
  REQUIRE(result.ok());
  CHECK(result.routine->title == "Evening back");
  CHECK(result.routine->steps.size() == 2);
  CHECK(text.find("knead check evening-back") != std::string::npos);
  CHECK(
      text.starts_with("#:schema file:///usr/share/knead/routine.schema.json\n# A knead routine."));
}

TEST_CASE("a copied routine says where it came from and still loads") {
  const auto text = copied_routine("title = \"X\"\n", "x", "/tmp/a\nb\x1b.toml"); // a hostile path
  CHECK(text == "# Copied from x (/tmp/a?b?.toml) by knead new.\ntitle = \"X\"\n");
}

TEST_CASE("points are searched by code first, then by words") {
  REQUIRE(search_points("bl40").size() == 1);
  CHECK(search_points("bl40").front()->code == "BL40");
  CHECK(search_points("").size() == point_catalog().size());
  const auto hands = search_points("HANDS");
  REQUIRE(hands.size() == 3);
  CHECK(hands[0]->code == "LI4");
  CHECK(hands[1]->code == "EX-UE7");
  CHECK(hands[2]->code == "TE3");
  CHECK(search_points("zzz").empty());
}
