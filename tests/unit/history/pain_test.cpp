#include "history/pain.hpp"
#include "unit/scripted_asker.hpp"

#include <doctest/doctest.h>

using namespace knead::history;
using knead::test::ScriptedAsker;

TEST_CASE("a pain rating is a whole number from 0 to 10") {
  CHECK(parse_pain("0") == 0);
  CHECK(parse_pain(" 7 ") == 7);
  CHECK(parse_pain("10") == 10);
  CHECK_FALSE(parse_pain("11"));
  CHECK_FALSE(parse_pain("-1"));
  CHECK_FALSE(parse_pain("5.5"));
  CHECK_FALSE(parse_pain("five"));
  CHECK_FALSE(parse_pain(""));
  CHECK_FALSE(parse_pain("007"));
}

TEST_CASE("the pain question asks again until a rating or Enter") {
  ScriptedAsker asker({"eleven", "12", "4", "5"});
  CHECK(ask_pain(asker) == 4);
  const std::string question =
      "How is your pain right now, 0 (none) to 10 (worst imaginable)? Enter to skip ";
  const std::string again = "Please type a whole number from 0 to 10, or press Enter to skip.\n";
  CHECK(asker.shown == question + again + question + again + question);
  CHECK(asker.prompts.size() == 3);
}

TEST_CASE("Enter or the end of input skips the rating") {
  ScriptedAsker enter({"", "5"});
  CHECK_FALSE(ask_pain(enter));
  CHECK(enter.prompts.size() == 1);
  ScriptedAsker ended({});
  CHECK_FALSE(ask_pain(ended));
  ScriptedAsker wrong_then_ended({"lots"});
  CHECK_FALSE(ask_pain(wrong_then_ended));
  CHECK(wrong_then_ended.prompts.size() == 2);
}

TEST_CASE("a rating given on the command line is never asked, and without an asker none is") {
  ScriptedAsker asker({"3"});
  CHECK(pain_rating(8, &asker) == 8);
  CHECK(pain_rating(9, nullptr) == 9);
  CHECK_FALSE(pain_rating(std::nullopt, nullptr));
  CHECK(asker.shown.empty());
  CHECK(pain_rating(std::nullopt, &asker) == 3);
}

TEST_CASE("pain 2 or more points worse after the session brings one line of advice") {
  CHECK(worse_after_advice(3, 5) == k_worse_after_advice);
  CHECK(worse_after_advice(3, 9) == k_worse_after_advice);
  CHECK_FALSE(worse_after_advice(3, 4));
  CHECK_FALSE(worse_after_advice(5, 1));
  CHECK_FALSE(worse_after_advice(std::nullopt, 9));
  CHECK_FALSE(worse_after_advice(3, std::nullopt));
}
