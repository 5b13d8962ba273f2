#include "util/number.hpp"

#include <doctest/doctest.h>

using namespace knead;

TEST_CASE("parse_whole reads decimal digits alone") {
  CHECK(number::parse_whole("0") == 0U);
  CHECK(number::parse_whole("12") == 12U);
  CHECK(number::parse_whole("012") == 12U); // decimal, never octal
  CHECK(number::parse_whole("0000000000000000007") == 7U);
  CHECK(number::parse_whole("999999999999") == number::k_max_whole);
  for (const char *refused : {"", " 5", "5 ", "+5", "-1", "1e3", "0x10", "5x", "1.0", "١",
                              "1000000000000", "99999999999999999999999"}) {
    CAPTURE(refused);
    CHECK_FALSE(number::parse_whole(refused).has_value());
  }
}

TEST_CASE("parse_decimal reads digits with an optional decimal point") {
  CHECK(number::parse_decimal("2") == 2.0);
  CHECK(number::parse_decimal("2.5") == 2.5);
  CHECK(number::parse_decimal("0.25") == 0.25);
  CHECK(number::parse_decimal("010") == 10.0);
  for (const char *refused : {"", " 5", "5 ", "+5", "-1", "1e3", "0x10", "5x", ".5", "5.", "1..2",
                              "inf", "nan", "1,5", "9999999999999"}) {
    CAPTURE(refused);
    CHECK_FALSE(number::parse_decimal(refused).has_value());
  }
}
