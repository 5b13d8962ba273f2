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
