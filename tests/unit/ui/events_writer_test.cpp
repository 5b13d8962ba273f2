#include "ui/events_writer.hpp"

#include <doctest/doctest.h>

using namespace knead;
using namespace std::chrono_literals;

TEST_CASE("an event is one JSON object with the contract's fields first") {
  session::Event event;
  event.kind = session::EventKind::side_switch;
  event.step = 2;
  event.title = "Say \"hi\" \\ \x1b[31m";
  event.side = routine::Side::right;
  event.t = 40s;
  event.wall = 41ms;
  CHECK(ui::format_event_json(event) ==
        "{\"event\":\"side_switch\",\"step\":2,\"title\":\"Say \\\"hi\\\" \\\\ \ufffd[31m\","
        "\"side\":\"right\",\"t_ms\":40000,\"wall_ms\":41}");
}

TEST_CASE("optional fields appear when they apply") {
  session::Event event;
  event.kind = session::EventKind::session_end;
  event.reason = "quit";
  event.paused = 60s;
  CHECK(ui::format_event_json(event) ==
        "{\"event\":\"session_end\",\"step\":0,\"title\":\"\",\"side\":\"both\",\"t_ms\":0,"
        "\"wall_ms\":0,\"reason\":\"quit\",\"paused_ms\":60000}");
}
