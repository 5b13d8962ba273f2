#include "screening/answers_file.hpp"
#include "screening/listing.hpp"
#include "test_routines.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace knead;
using namespace knead::screening;

namespace {

Answers parse(std::string_view text) {
  return parse_answers(text, "a.toml", questions_for(test::lower_back()), "lower-back");
}

} // namespace

TEST_CASE("an answers file gives true and false answers by id") {
  CHECK(parse("injury = true\nbleeding = false\n") ==
        Answers{{"injury", true}, {"bleeding", false}});
}

TEST_CASE("real ids that do not apply to this routine are accepted") {
  CHECK(parse("skin_hands = false\n") == Answers{{"skin_hands", false}});
}

TEST_CASE("an answer that is not true or false points at its value") {
  CHECK_THROWS_WITH_AS(parse("injury = true\nbleeding = \"no\"\n"),
                       "a.toml:2:12: the answer to \"bleeding\" must be true or false", UsageError);
}

TEST_CASE("unknown ids are named, with where the first one is") {
  CHECK_THROWS_WITH_AS(parse("injury = true\ninjurry = false\nskin_moon = true\n"),
                       "a.toml:2:1: unknown question ids \"injurry\", \"skin_moon\"; "
                       "'knead questions lower-back' lists them",
                       UsageError);
  CHECK_THROWS_WITH_AS(parse("fevr = true\n"),
                       "a.toml:1:1: unknown question id \"fevr\"; 'knead questions "
                       "lower-back' lists them",
                       UsageError);
}

TEST_CASE("a TOML syntax error keeps its position") {
  CHECK_THROWS_AS(parse("injury = \n"), UsageError);
  try {
    parse("injury = true\nbleeding = \n");
  } catch (const UsageError &e) {
    CHECK(std::string(e.what()).starts_with("a.toml:2:"));
  }
}

TEST_CASE("a missing answer names every missing id and how to get a template") {
  const auto questions = questions_for(test::lower_back());
  Answers answers;
  for (const auto &q : questions) {
    answers[q.id] = false;
  }
  answers.erase("injury");
  answers.erase("long_lasting");
  answers.erase("weak_back_cleared"); // a follow-up is not missing after a "no"
  CHECK_THROWS_WITH_AS(require_every_answer(questions, answers, "a.toml", "lower-back"),
                       "a.toml: missing answers for: injury, long_lasting ('knead questions "
                       "lower-back --template' prints a file to fill in)",
                       UsageError);
}

TEST_CASE("the template parses, but every answer in it is still missing") {
  const auto questions = questions_for(test::lower_back());
  const auto text = format_answers_template(questions, "lower-back").utf8();
  CHECK(text.find("\n# Only when the answer to weak_back is yes; otherwise leave it out.\n") !=
        std::string::npos);
  CHECK(text.find("\n# injury = \n") != std::string::npos);
  const auto answers = parse(text);
  CHECK(answers.empty());
  CHECK_THROWS_WITH_AS(require_every_answer(questions, answers, "t.toml", "lower-back"),
                       doctest::Contains("t.toml: missing answers for: saddle_bladder_bowel, "
                                         "both_legs, injury,"),
                       UsageError);
}
