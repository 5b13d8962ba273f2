// Every key in every phase, with the exact deadline it leaves behind. The routine is
// test::every_phase(): A (left-then-right, 10/20/10 per side) 0-80 s, B (3 x 5 s reps,
// 5 s release) 80-100 s, C (before prompt, then 60 s ice).
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string_view>

using namespace knead;
using session::Input;

namespace {

struct Point {
  const char *name;
  double at; // seconds since start
};

// The phases: press, hold, release, the right side just after the switch, a rep,
// a release in another step, and the `before` prompt.
const Point k_points[] = {{"press", 5}, {"hold", 15},         {"release", 35}, {"after switch", 42},
                          {"rep", 87},  {"reps release", 97}, {"prompt", 110}};

struct Row {
  Input input;
  const char *name;
  std::optional<double> expected[7]; // next deadline after the key, per point
  bool finishes_at_prompt = false;
};

const std::optional<double> none;

const Row k_rows[] = {
    {Input::next, "next", {10, 20, 40, 47, none, none, none}, true},
    {Input::back, "back", {15, 25, 45, 52, 97, 107, 115}},
    {Input::restart, "restart", {15, 25, 45, 52, 92, 102, none}},
    {Input::add_time, "+15 s", {25, 45, 55, 65, 105, 115, none}},
    {Input::remove_time, "-15 s", {25, 25, 45, 62, 92, none, none}},
    {Input::confirm, "confirm", {10, 30, 40, 50, 90, 100, 170}},
    {Input::toggle_pause, "pause", {none, none, none, none, none, none, none}},
    {Input::quit, "quit", {none, none, none, none, none, none, none}},
};

} // namespace

TEST_CASE("every key in every phase leaves the exact deadline") {
  for (const auto &row : k_rows) {
    for (std::size_t i = 0; i < std::size(k_points); ++i) {
      CAPTURE(std::string(row.name));
      CAPTURE(std::string(k_points[i].name));
      test::Harness h(test::every_phase());
      h.run_to(k_points[i].at);
      h.engine.handle(row.input);
      CHECK(h.deadline_s() == row.expected[i]);
      const bool finishes =
          row.input == Input::quit || (row.finishes_at_prompt && k_points[i].at >= 100);
      CHECK(h.engine.finished() == finishes);
      CHECK(h.engine.state().paused == (row.input == Input::toggle_pause));
    }
  }
}

TEST_CASE("every key while paused: the same deadlines, shifted by the time paused") {
  for (const auto &row : k_rows) {
    if (row.input == Input::toggle_pause || row.input == Input::quit) {
      continue;
    }
    for (std::size_t i = 0; i < std::size(k_points); ++i) {
      CAPTURE(std::string(row.name));
      CAPTURE(std::string(k_points[i].name));
      const double at = k_points[i].at;
      if (row.input == Input::confirm && std::string_view(k_points[i].name) == "prompt") {
        continue; // confirming a prompt ends the pause (engine_test.cpp)
      }
      test::Harness h(test::every_phase());
      h.run_to(at);
      h.engine.handle(Input::toggle_pause);
      h.run_to(at + 10);
      h.engine.handle(row.input);
      // Paused, nothing is due but an ice step's skin check (confirming the ice at its
      // prompt puts the pack on): its time runs on.
      const auto skin = h.engine.state().skin_time;
      CHECK(h.deadline_s() ==
            (skin ? std::optional<double>(at + 10 + 300 - static_cast<double>(skin->count()) / 1000)
                  : none));
      h.run_to(at + 20);
      h.engine.handle(Input::toggle_pause);
      const auto expected = row.expected[i] ? std::optional<double>(*row.expected[i] + 20) : none;
      if (!h.engine.finished()) {
        CHECK(h.deadline_s() == expected);
        CHECK(h.engine.state().paused_total == std::chrono::seconds{20});
      }
    }
  }
}

TEST_CASE("quit while paused in every phase counts the pause and ends") {
  for (const auto &point : k_points) {
    CAPTURE(std::string(point.name));
    test::Harness h(test::every_phase());
    h.run_to(point.at);
    h.engine.handle(Input::toggle_pause);
    h.run_to(point.at + 7);
    h.engine.handle(Input::quit);
    CHECK(h.engine.finished());
    CHECK(h.recorder.events.back().paused == std::chrono::seconds{7});
  }
}

TEST_CASE(
    "a stop found late is paused as of its start: what was due before it runs, the rest waits") {
  // A's first hold ends at 30 s; the process stopped at 15 s and is seen again at 60 s.
  test::Harness h(test::every_phase());
  h.run_to(15);
  h.clock.set(session::Ms{60'000}); // no advance(): the loop pauses before it carries out
  h.engine.pause_at(session::Ms{15'000});
  CHECK(h.engine.state().paused);
  CHECK(h.engine.state().phase_left == std::chrono::seconds{15});
  h.engine.handle(Input::resume);
  CHECK(h.engine.state().paused_total == std::chrono::seconds{45});
  CHECK(h.deadline_s() == 75.0);
}
