#include "history/pain.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace knead::history;

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
  std::istringstream in("eleven\n12\n4\n");
  std::ostringstream out;
  CHECK(ask_pain(in, out) == 4);
  const std::string question =
      "How is your pain right now, 0 (none) to 10 (worst imaginable)? Enter to skip ";
  const std::string again = "Please type a whole number from 0 to 10, or press Enter to skip.\n";
  CHECK(out.str() == question + again + question + again + question);
}

TEST_CASE("Enter or the end of input skips the rating") {
  std::istringstream enter("\n5\n");
  std::ostringstream out;
  CHECK_FALSE(ask_pain(enter, out));
  std::istringstream ended("");
  CHECK_FALSE(ask_pain(ended, out));
}

TEST_CASE("a rating given on the command line is never asked — without a terminal none is") {
  std::istringstream in("3\n");
  std::ostringstream out;
  CHECK(pain_rating(8, true, in, out) == 8);
  CHECK_FALSE(pain_rating(std::nullopt, false, in, out));
  CHECK(out.str().empty());
  CHECK(pain_rating(std::nullopt, true, in, out) == 3);
}
