// The effect of a routine's own question is a word in the routine file and an enum
// inside: the two meet only here.
#include "routine/model.hpp"

#include <doctest/doctest.h>

using namespace knead::routine;

TEST_CASE("each question effect reads back from its own name") {
  for (const auto effect : {QuestionEffect::stop, QuestionEffect::skip, QuestionEffect::caution,
                            QuestionEffect::advice}) {
    CAPTURE(to_string(effect));
    CHECK(parse_question_effect(to_string(effect)) == effect);
  }
  CHECK(std::string(to_string(QuestionEffect::skip)) == "skip");
}

TEST_CASE("a question effect that is not one of the four is refused") {
  CHECK_FALSE(parse_question_effect(""));
  CHECK_FALSE(parse_question_effect("skp"));
  CHECK_FALSE(parse_question_effect("Stop"));
  CHECK_FALSE(parse_question_effect("stop "));
  CHECK_FALSE(parse_question_effect("stop_emergency")); // a built-in question's effect
}
