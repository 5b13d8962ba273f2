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
  CHECK(parse("serious_accident = true\nbleeding = false\n") ==
        Answers{{"serious_accident", true}, {"bleeding", false}});
}

TEST_CASE("real ids that do not apply to this routine are accepted") {
  CHECK(parse("skin_hands = false\n") == Answers{{"skin_hands", false}});
}

TEST_CASE("an answer that is not true or false points at its value") {
  CHECK_THROWS_WITH_AS(parse("serious_accident = true\nbleeding = \"no\"\n"),
                       "a.toml:2:12: the answer to \"bleeding\" must be true or false", UsageError);
}

TEST_CASE("unknown ids are named, with where the first one is") {
  CHECK_THROWS_WITH_AS(parse("serious_accident = true\ninjurri = false\nskin_moon = true\n"),
                       "a.toml:2:1: unknown question ids \"injurri\", \"skin_moon\"; "
                       "'knead questions lower-back' lists them",
                       UsageError);
  CHECK_THROWS_WITH_AS(parse("fevr = true\n"),
                       "a.toml:1:1: unknown question id \"fevr\"; 'knead questions "
                       "lower-back' lists them",
                       UsageError);
}

TEST_CASE("one unknown id close to a real one gets a did-you-mean") {
  CHECK_THROWS_WITH_AS(parse("chest_pian = false\n"),
                       "a.toml:1:1: unknown question id \"chest_pian\"; did you mean "
                       "\"chest_pain\"?; 'knead questions lower-back' lists them",
                       UsageError);
  // Several unknown ids are another file, not a typo: no guess.
  CHECK_THROWS_WITH_AS(parse("chest_pian = false\nfevr = true\n"),
                       "a.toml:1:1: unknown question ids \"chest_pian\", \"fevr\"; 'knead "
                       "questions lower-back' lists them",
                       UsageError);
}

TEST_CASE("a TOML syntax error keeps its position") {
  CHECK_THROWS_AS(parse("serious_accident = \n"), UsageError);
  try {
    parse("serious_accident = true\nbleeding = \n");
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
  answers.erase("serious_accident");
  answers.erase("long_lasting");
  answers.erase("weak_back_cleared"); // a follow-up is not missing after a "no"
  CHECK_THROWS_WITH_AS(
      require_every_answer(questions, answers, "a.toml", "lower-back"),
      "a.toml: missing answers for: serious_accident, long_lasting ('knead questions "
      "lower-back --template' prints a file to fill in)",
      UsageError);
}

TEST_CASE("the template parses, but every answer in it is still missing") {
  const auto questions = questions_for(test::lower_back());
  const auto text = format_answers_template(questions, "lower-back").utf8();
  CHECK(text.find("\n# Only when the answer to weak_back is yes; otherwise leave it out.\n") !=
        std::string::npos);
  CHECK(text.find("\n# serious_accident = \n") != std::string::npos);
  const auto answers = parse(text);
  CHECK(answers.empty());
  CHECK_THROWS_WITH_AS(require_every_answer(questions, answers, "t.toml", "lower-back"),
                       doctest::Contains("t.toml: missing answers for: saddle_bladder_bowel, "
                                         "both_legs, serious_accident,"),
                       UsageError);
}

TEST_CASE("an id of the first bank is refused with the ids that took its place") {
  CHECK_THROWS_WITH_AS(parse("bleeding = false\ninjury = false\n"),
                       "a.toml:2:1: the question \"injury\" is no longer asked: answer "
                       "serious_accident and minor_fall instead; 'knead questions lower-back' "
                       "lists them",
                       UsageError);
  CHECK_THROWS_WITH_AS(parse("cold_sensitive = true\n"),
                       doctest::Contains("answer cold_allergy and reduced_feeling instead"),
                       UsageError);
}
