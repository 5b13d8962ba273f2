#include "voice/words.hpp"

#include <doctest/doctest.h>

using namespace knead;
using namespace std::chrono_literals;

TEST_CASE("numbers are said as words up to ninety-nine") {
  CHECK(voice::number_words(0) == "zero");
  CHECK(voice::number_words(4) == "four");
  CHECK(voice::number_words(15) == "fifteen");
  CHECK(voice::number_words(20) == "twenty");
  CHECK(voice::number_words(21) == "twenty-one");
  CHECK(voice::number_words(99) == "ninety-nine");
  CHECK(voice::number_words(100) == "100");
}

TEST_CASE("lengths are said in hours, minutes and seconds") {
  CHECK(voice::duration_words(120s) == "two minutes");
  CHECK(voice::duration_words(60s) == "one minute");
  CHECK(voice::duration_words(1s) == "one second");
  CHECK(voice::duration_words(0s) == "zero seconds");
  CHECK(voice::duration_words(90s) == "one minute and thirty seconds");
  CHECK(voice::duration_words(3905s) == "one hour, five minutes and five seconds");
  CHECK(voice::duration_words(900s) == "fifteen minutes");
}

TEST_CASE("circles are counted one by one, the last as the last one") {
  CHECK(voice::count_word(1, 5) == "One");
  CHECK(voice::count_word(4, 5) == "Four");
  CHECK(voice::count_word(5, 5) == "Last one");
  CHECK(voice::count_word(1, 1) == "One");
}
