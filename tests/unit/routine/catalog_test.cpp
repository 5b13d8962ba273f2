#include "routine/points.hpp"
#include "routine/regions.hpp"
#include "routine/suggest.hpp"
#include "routine/text_position.hpp"

#include <doctest/doctest.h>

#include <array>
#include <set>
#include <string>

using namespace knead::routine;

TEST_CASE("the point catalog has every point of POINTS.md, once") {
  const std::array<std::string_view, 17> codes = {"BL23",   "BL52", "GV4", "BL53", "GB30", "BL40",
                                                  "EX-UE7", "CV6",  "LI4", "TE3",  "LR3",  "KI1",
                                                  "BL57",   "BL60", "SP6", "BL67", "GB21"};
  CHECK(point_catalog().size() == codes.size());
  std::set<std::string_view> seen;
  for (const auto &point : point_catalog()) {
    CAPTURE(point.code);
    CHECK(seen.insert(point.code).second);
    CHECK(find_region(point.region) != nullptr);
    CHECK_FALSE(point.where.empty());
    CHECK_FALSE(point.name.empty());
    CHECK(point.avoid_in_pregnancy == !point.pregnancy.empty());
    CHECK_FALSE(point.sources.empty());
  }
  for (const auto code : codes) {
    CAPTURE(code);
    CHECK(find_point(code) != nullptr);
  }
}

TEST_CASE("points are found ignoring case and carry their cautions") {
  const auto *li4 = find_point("li4");
  REQUIRE(li4 != nullptr);
  CHECK(li4->code == "LI4");
  CHECK(li4->avoid_in_pregnancy);
  CHECK(li4->closest_standard_point);
  CHECK(find_point("BL40")->avoid_in_pregnancy == false);
  CHECK(find_point("BL23")->avoid_in_pregnancy); // conservative lists count
  CHECK(find_point("GB30")->closest_standard_point == false);
  CHECK(find_point("BL99") == nullptr);
  CHECK(find_point("") == nullptr);
}

TEST_CASE("the catalog carries the corrections of the second safety review") {
  const auto where = [](std::string_view code) { return std::string(find_point(code)->where); };
  CHECK(where("GB30") == "Buttock, one third of the way from the greater trochanter (the bony "
                         "bump on the side of the hip) to the sacral hiatus (the bottom of the "
                         "sacrum)");
  CHECK(find_point("BL52")->english == "Will Chamber");
  CHECK(std::string(find_point("BL52")->back_pain)
            .find("\"Sea of Vitality\" is BL23 and BL52 "
                  "together") != std::string::npos);
  CHECK(where("BL23").find("the tops of the hip bones are level with the 4th: count two bones "
                           "up") != std::string::npos);
  CHECK(where("KI1").find("the web between the 2nd and 3rd toes") != std::string::npos);
  const auto *yaotongdian = find_point("ex-ue7");
  REQUIRE(yaotongdian != nullptr);
  CHECK(yaotongdian->code == "EX-UE7");
  CHECK(yaotongdian->name == "Yaotongdian");
  CHECK(yaotongdian->region == "hands");
  CHECK(yaotongdian->article_name == find_point("TE3")->article_name);
  CHECK(yaotongdian->where.find("between the 4th and 5th hand bones, near the wrist") !=
        std::string_view::npos);
}

TEST_CASE("regions are a fixed list with words for the person") {
  REQUIRE(find_region("lower-back") != nullptr);
  CHECK(find_region("lower-back")->words == "your lower back");
  for (const auto id : {"upper-back", "hips", "buttocks", "abdomen", "legs", "feet", "hands"}) {
    CAPTURE(id);
    CHECK(find_region(id) != nullptr);
  }
  CHECK(find_region("Lower-Back") == nullptr);
}

TEST_CASE("did-you-mean finds likely typos only") {
  const std::array<std::string_view, 4> keys = {"hold", "how", "release", "region"};
  CHECK(closest_match("hodl", keys) == "hold");
  CHECK(closest_match("relase", keys) == "release");
  CHECK(closest_match("HOLD", keys) == "hold");
  CHECK(closest_match("xyz", keys) == "");
  CHECK(closest_match("", keys) == "");
  CHECK(did_you_mean("regoin", keys, "none") == "did you mean \"region\"?");
  CHECK(did_you_mean("zzzzzz", keys, "none") == "none");
}

TEST_CASE("a character inside a string is placed at its source column") {
  CHECK(string_char_position("a = \"xyz\"", {1, 5}, 2).column == 8);
  CHECK(string_char_position("a = 'é\xE2\x80\xAE'", {1, 5}, 2).column == 7);
  CHECK(string_char_position("a = \"\\t\\u00e9!\"", {1, 5}, 3).column == 14);
  const auto multi = string_char_position("a = \"\"\"\nab\\\n   cd\"\"\"", {1, 5}, 3);
  CHECK(multi.line == 3);
  CHECK(multi.column == 5);
  CHECK(string_char_position("a = 1", {1, 5}, 0).column == 5);
  CHECK(string_char_position("a", {4, 1}, 0).line == 4);
}
