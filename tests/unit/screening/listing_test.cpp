#include "screening/listing.hpp"

#include <doctest/doctest.h>

using namespace knead::screening;

namespace {

Question listed_skip(std::vector<std::string> regions, std::vector<std::string> points,
                     std::vector<std::string> kinds) {
  Question question;
  question.id = "own";
  question.text = "Own?";
  question.effect = Effect::skip;
  question.skips = SkipKind::listed;
  question.skip_regions = std::move(regions);
  question.skip_points = std::move(points);
  question.skip_kinds = std::move(kinds);
  return question;
}

} // namespace

TEST_CASE("a routine's own skip question says what it skips: regions, points, kinds") {
  CHECK(effect_in_words(listed_skip({"hips"}, {"GB30"}, {})) == "skip the steps on hips, GB30");
  CHECK(effect_in_words(listed_skip({}, {}, {"ice"})) == "skip the ice steps");
  CHECK(effect_in_words(listed_skip({}, {}, {"ice", "roll"})) == "skip the ice, roll steps");
  CHECK(effect_in_words(listed_skip({"hips"}, {}, {"roll"})) ==
        "skip the steps on hips, and the roll steps");
}
