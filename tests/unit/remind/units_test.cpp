#include "remind/units.hpp"

#include <doctest/doctest.h>

using namespace knead::remind;

namespace {

Schedule weekdays_at_830() {
  Schedule schedule;
  schedule.hour = 8;
  schedule.minute = 30;
  schedule.days = 0x1f;
  return schedule;
}

} // namespace

TEST_CASE("the timer fires on the schedule, catches up, and starts the service") {
  auto units = make_units("lower-back", weekdays_at_830(), "/usr/bin/knead");
  CHECK(units.timer_name == "knead-lower-back.timer");
  CHECK(units.service_name == "knead-lower-back.service");
  CHECK(units.timer_text ==
        "# knead-reminder: lower-back, 08:30 mon-fri\n"
        "# Written by \"knead remind add\"; \"knead remind remove lower-back\" deletes it.\n"
        "[Unit]\n"
        "Description=knead reminder for the lower-back routine (08:30 mon-fri)\n"
        "\n"
        "[Timer]\n"
        "OnCalendar=Mon..Fri *-*-* 08:30:00\n"
        "Persistent=true\n"
        "Unit=knead-lower-back.service\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n");
}

TEST_CASE("the service runs this binary's notify --if-due") {
  auto units = make_units("lower-back", weekdays_at_830(), "/usr/bin/knead");
  CHECK(units.service_text ==
        "# knead-reminder: lower-back, 08:30 mon-fri\n"
        "# Written by \"knead remind add\"; \"knead remind remove lower-back\" deletes it.\n"
        "[Unit]\n"
        "Description=knead reminder for the lower-back routine\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        "ExecStart=/usr/bin/knead notify lower-back --if-due --actions\n");
}

TEST_CASE("a binary path with spaces, quotes, specifiers or variables is escaped") {
  CHECK(quote_exec_word("/usr/bin/knead") == "/usr/bin/knead");
  CHECK(quote_exec_word("/home/a b/knead") == "\"/home/a b/knead\"");
  CHECK(quote_exec_word("/opt/100%/knead") == "\"/opt/100%%/knead\"");
  CHECK(quote_exec_word("/opt/$HOME/knead") == "\"/opt/$$HOME/knead\"");
  CHECK(quote_exec_word("/opt/\"q\"\\/knead") == "\"/opt/\\\"q\\\"\\\\/knead\"");
  CHECK(quote_exec_word("/opt/a\nb") == "\"/opt/a\\x0ab\"");
  CHECK(quote_exec_word("/opt/it's") == "\"/opt/it's\"");
  CHECK(quote_exec_word("") == "\"\"");
  auto units = make_units("r", weekdays_at_830(), "/home/a b/50%/knead");
  CHECK(
      units.service_text.find("ExecStart=\"/home/a b/50%%/knead\" notify r --if-due --actions\n") !=
      std::string::npos);
}

TEST_CASE("only ids that are safe in unit names and crontab lines name a reminder") {
  CHECK(is_valid_reminder_id("lower-back"));
  CHECK(is_valid_reminder_id("neck_2"));
  CHECK_FALSE(is_valid_reminder_id(""));
  CHECK_FALSE(is_valid_reminder_id("a b"));
  CHECK_FALSE(is_valid_reminder_id("../x"));
  CHECK_FALSE(is_valid_reminder_id("x.toml"));
  CHECK_FALSE(is_valid_reminder_id("50%"));
}

TEST_CASE("the marker tells knead's units from everyone else's") {
  auto units = make_units("lower-back", weekdays_at_830(), "/usr/bin/knead");
  auto info = read_marker(units.timer_text);
  REQUIRE(info);
  CHECK(info->routine == "lower-back");
  CHECK(info->schedule == "08:30 mon-fri");
  CHECK(read_marker(units.service_text)->routine == "lower-back");
  CHECK_FALSE(read_marker("[Unit]\nDescription=mine\n"));
  CHECK_FALSE(read_marker("# knead-reminder: ../etc, 08:30 daily\n"));
  CHECK_FALSE(read_marker("# knead-reminder: broken\n"));
}
