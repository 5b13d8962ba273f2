#include "remind/systemctl.hpp"

#include <doctest/doctest.h>

using namespace knead::remind;

TEST_CASE("the next run is read from systemctl show --value") {
  CHECK(parse_next_elapse("Mon 2030-01-07 06:45:00 UTC\n") == "Mon 2030-01-07 06:45:00 UTC");
  CHECK_FALSE(parse_next_elapse("n/a\n"));
  CHECK_FALSE(parse_next_elapse("\n"));
  CHECK_FALSE(parse_next_elapse(""));
}
