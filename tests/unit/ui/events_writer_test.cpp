#include "ui/events_writer.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

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
  event.ending = session::SessionEnding{session::Outcome::quit};
  event.paused = 60s;
  CHECK(ui::format_event_json(event) ==
        "{\"event\":\"session_end\",\"step\":0,\"title\":\"\",\"side\":\"both\",\"t_ms\":0,"
        "\"wall_ms\":0,\"reason\":\"quit\",\"paused_ms\":60000}");
}

TEST_CASE("a skipped step's reason is the question id, or next when the person skipped it") {
  session::Event event;
  event.kind = session::EventKind::step_skipped;
  event.step = 3;
  event.skip_cause = session::SkippedByScreening{"pregnant"};
  const std::string head = "{\"event\":\"step_skipped\",\"step\":3,\"title\":\"\",\"side\":"
                           "\"both\",\"t_ms\":0,\"wall_ms\":0,";
  CHECK(ui::format_event_json(event) == head + "\"reason\":\"pregnant\"}");
  event.skip_cause = session::SkippedByPerson{};
  CHECK(ui::format_event_json(event) == head + "\"reason\":\"next\"}");
}

TEST_CASE("events are written as the Output writes JSON: in ASCII where UTF-8 is not taken") {
  const auto path = std::filesystem::temp_directory_path() /
                    ("knead-events-" + std::to_string(::getpid()) + ".jsonl");
  std::FILE *out = std::tmpfile();
  REQUIRE(out != nullptr);
  session::Event event;
  event.kind = session::EventKind::step_start;
  event.step = 1;
  event.title = "caf\u00e9 \u2026";
  {
    Output ascii(Output::Settings{out, out, Charset::ascii});
    ui::EventsWriter to_file(path.string(), ascii);
    to_file.on_event(event);
    ui::EventsWriter to_stdout("-", ascii);
    to_stdout.on_event(event);
  }
  std::ifstream file(path);
  std::string line;
  std::getline(file, line);
  CHECK(line.find("\"title\":\"caf\\u00e9 \\u2026\"") != std::string::npos);
  std::rewind(out);
  char buffer[512] = {};
  CHECK(std::fgets(buffer, sizeof buffer, out) != nullptr);
  CHECK(std::string(buffer) == line + "\n");
  std::fclose(out);
  std::filesystem::remove(path);
}

TEST_CASE("a screening stop is one line with its tier and the ids that stopped it") {
  CHECK(ui::format_screening_stop_json("stop-emergency", {"both_legs", "chest_pain"}) ==
        R"({"event":"screening_stop","tier":"stop-emergency","ids":["both_legs","chest_pain"]})");
}
