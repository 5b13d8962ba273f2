#include "remind/cron.hpp"

#include <doctest/doctest.h>

using namespace knead::remind;

TEST_CASE("the crontab line sets the session bus and runs notify --if-due") {
  Schedule schedule{8, 30, 0x1f};
  CHECK(cron_line("lower-back", schedule, "/usr/bin/knead", 1000) ==
        "30 8 * * 1-5 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus /usr/bin/knead "
        "notify lower-back --if-due");
}

TEST_CASE("cron's day field counts from Sunday") {
  CHECK(cron_days(0x7f) == "*");
  CHECK(cron_days(0x1f) == "1-5");
  CHECK(cron_days(0x60) == "0,6");
  CHECK(cron_days(0x40) == "0");
  CHECK(cron_days(0x15) == "1,3,5");
  CHECK(cron_days(0x63) == "0-2,6");
}

TEST_CASE("a path with '%' or spaces survives cron and the shell") {
  Schedule schedule{7, 0, 0x7f};
  CHECK(cron_line("r", schedule, "/home/a b/100%/knead", 1001) ==
        "0 7 * * * DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1001/bus '/home/a b/100\\%/knead' "
        "notify r --if-due");
  CHECK(quote_shell_word("/it's") == "'/it'\\''s'");
}
