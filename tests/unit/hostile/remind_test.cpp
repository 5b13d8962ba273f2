// A reminder's routine id becomes part of systemd unit names and text and of a
// crontab line: hostile text never gets that far.
#include "check_safe.hpp"
#include "remind/units.hpp"

using namespace knead;

TEST_CASE("no hostile string can name a reminder") {
  for (const auto &hostile : test::hostile_strings()) {
    INFO("hostile string: ", hostile.label);
    CHECK_FALSE(remind::is_valid_reminder_id(hostile.text));
  }
}
