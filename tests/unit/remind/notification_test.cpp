#include "remind/notification.hpp"
#include "util/notification.hpp"

#include <doctest/doctest.h>

using namespace knead;

TEST_CASE("a reminder's notification names the routine and the command that runs it") {
  const auto notification = remind::routine_notification("lower-back");
  CHECK(notification.summary == "Time for your lower-back routine");
  CHECK(notification.body == "knead run lower-back");
  CHECK(notify_send_argv(notification.summary, notification.body) ==
        std::vector<std::string>{"notify-send", "--app-name=knead", "--",
                                 "Time for your lower-back routine", "knead run lower-back"});
}

TEST_CASE("a reminder with buttons waits for a click and reads back the button's id") {
  const auto notification = remind::routine_notification("lower-back");
  CHECK(remind::actions_argv(notification) ==
        std::vector<std::string>{"notify-send", "--app-name=knead", "--action=start=Start now",
                                 "--action=snooze=Snooze 30 minutes", "--wait", "--",
                                 "Time for your lower-back routine", "knead run lower-back"});
  CHECK(remind::parse_choice("start\n") == remind::Choice::start);
  CHECK(remind::parse_choice("snooze") == remind::Choice::snooze);
  CHECK(remind::parse_choice("") == remind::Choice::none); // closed, or expired
  CHECK(remind::parse_choice("default\n") == remind::Choice::none);
  CHECK(remind::parse_choice("started\n") == remind::Choice::none);
}
