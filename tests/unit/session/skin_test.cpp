// Ice and heat on the skin: at most 20 minutes of session time, pauses and added time
// included, and a skin check every 5 minutes; all on the virtual clock.
#include "fixtures.hpp"
#include "session/skin.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace knead;
using namespace std::chrono_literals;
using session::EventKind;
using session::Input;
using test::Harness;

namespace {

// One ice (or heat) step of `hold`, then a one-minute rest.
routine::Routine pack(std::chrono::seconds hold, routine::StepKind kind = routine::StepKind::ice) {
  routine::Routine routine;
  routine.title = "Pack";
  routine::Step step;
  step.title = "Pack";
  step.kind = kind;
  step.regions = {"lower-back"};
  step.hold = hold;
  step.sides = routine::Sides::none;
  routine::Step rest;
  rest.title = "Rest";
  rest.kind = routine::StepKind::rest;
  rest.hold = 60s;
  routine.steps = {step, rest};
  return routine;
}

// The events about the skin and the step ends, as "t kind step (reason)".
std::vector<std::string> skin_lines(const Harness &h) {
  std::vector<std::string> out;
  for (const auto kind : {EventKind::skin_check, EventKind::skin_limit, EventKind::step_end}) {
    for (auto &line : h.recorder.kinds(kind)) {
      out.push_back(line);
    }
  }
  std::sort(out.begin(), out.end(), [](const std::string &a, const std::string &b) {
    return std::stoll(a) < std::stoll(b);
  });
  return out;
}

} // namespace

TEST_CASE("a skin check every 5 minutes of ice, none at the step's own end") {
  Harness h(pack(15min));
  h.run_to_end();
  CHECK(skin_lines(h) == std::vector<std::string>{"300000 skin_check 1", "600000 skin_check 1",
                                                  "900000 step_end 1", "960000 step_end 2"});
  const auto &check = h.recorder.events[4];
  REQUIRE(check.kind == EventKind::skin_check);
  CHECK(check.text == "Check your skin under the ice pack: take it off if the skin has gone numb.");
}

TEST_CASE("a 20-minute hold ends as planned, not by the limit") {
  Harness h(pack(20min, routine::StepKind::heat));
  h.run_to_end();
  CHECK(skin_lines(h) == std::vector<std::string>{"300000 skin_check 1", "600000 skin_check 1",
                                                  "900000 skin_check 1", "1200000 step_end 1",
                                                  "1260000 step_end 2"});
  CHECK(h.recorder.kinds(EventKind::skin_limit).empty());
}

TEST_CASE("adding time cannot keep ice on past 20 minutes") {
  Harness h(pack(19min));
  h.run_to(60);
  for (int i = 0; i < 8; ++i) {
    h.engine.handle(Input::add_time); // +2 min in all: the hold would end at 21:00
  }
  h.run_to_end();
  CHECK(skin_lines(h) == std::vector<std::string>{"300000 skin_check 1", "600000 skin_check 1",
                                                  "900000 skin_check 1", "1200000 skin_limit 1",
                                                  "1200000 step_end 1 (skin_limit)",
                                                  "1260000 step_end 2"});
  const auto &limit = h.recorder.events[h.recorder.events.size() - 6];
  REQUIRE(limit.kind == EventKind::skin_limit);
  CHECK(limit.text ==
        "That is 20 minutes of ice, the most for the skin at one time: take the pack off now.");
  CHECK(h.engine.state().steps_done == 2);
}

TEST_CASE("pauses count: the checks and the limit keep their time while paused") {
  Harness h(pack(15min, routine::StepKind::heat));
  h.run_to(240);
  h.engine.handle(Input::toggle_pause);
  CHECK(h.deadline_s() == 300.0); // paused, the skin check still comes
  CHECK(h.recorder.events.back().kind == EventKind::paused);
  CHECK(h.recorder.events.back().text == "Lift the warm pack off your skin until you go on.");
  h.run_to(1300); // paused for 17:40: the limit ends the step at 20:00, still paused
  CHECK(skin_lines(h) == std::vector<std::string>{"300000 skin_check 1", "600000 skin_check 1",
                                                  "900000 skin_check 1", "1200000 skin_limit 1",
                                                  "1200000 step_end 1 (skin_limit)"});
  const auto state = h.engine.state();
  CHECK(state.paused);
  CHECK(state.step_index == 1);
  CHECK_FALSE(state.skin_time.has_value());
  // The rest waits for the resume, then runs its full minute.
  CHECK_FALSE(h.deadline_s().has_value());
  h.engine.handle(Input::toggle_pause);
  CHECK(h.deadline_s() == 1360.0);
}

TEST_CASE("the time on the skin survives a restart and a visit to another step") {
  Harness h(pack(15min));
  h.run_to(420);
  CHECK(h.engine.state().skin_time == 420s);
  h.engine.handle(Input::restart); // the pack stays on: the 20 minutes go on
  CHECK(h.engine.state().skin_time == 420s);
  h.run_to(480);
  h.engine.handle(Input::next); // the rest, then back to the ice
  CHECK_FALSE(h.engine.state().skin_time.has_value());
  h.run_to(500);
  h.engine.handle(Input::back);
  CHECK(h.engine.state().skin_time == 480s); // 8:00 so far, from the first visit
  h.run_to(1220);                            // 12:00 more: the limit, at 20:00 on the skin
  const auto limits = h.recorder.kinds(EventKind::skin_limit);
  CHECK(limits == std::vector<std::string>{"1220000 skin_limit 1"});
  // The checks came at 5:00 (first visit) and at 10:00 and 15:00 on the skin.
  CHECK(h.recorder.kinds(EventKind::skin_check) == std::vector<std::string>{"300000 skin_check 1",
                                                                            "620000 skin_check 1",
                                                                            "920000 skin_check 1"});
}

TEST_CASE("the time at a before prompt is not on the skin") {
  Harness h(test::lower_back()); // the ice waits for its prompt at 8:00
  h.run_to(480);
  REQUIRE(h.engine.state().waiting);
  CHECK_FALSE(h.engine.state().skin_time.has_value());
  h.run_to(600);
  h.engine.handle(Input::confirm);
  CHECK(h.engine.state().skin_time == 0s);
  CHECK(h.deadline_s() == 900.0);
}

TEST_CASE("the skin timer on its own: checks every 5 minutes, the limit at 20") {
  session::SkinTimer timer(2);
  CHECK_FALSE(timer.next_due().has_value());
  timer.put_on(0, 10s);
  timer.put_on(0, 50s); // on already: unchanged
  CHECK(timer.time(70s) == 60s);
  CHECK(timer.next_due() == 310s);
  CHECK(timer.take_due(310s) == session::SkinTimer::Due::check);
  CHECK(timer.next_due() == 610s);
  timer.take_off(400s);
  CHECK_FALSE(timer.time(400s).has_value());
  timer.put_on(0, 1000s);
  CHECK(timer.time(1000s) == 390s);
  CHECK(timer.next_due() == 1210s);
  CHECK(timer.take_due(1210s) == session::SkinTimer::Due::check);
  CHECK(timer.take_due(1510s) == session::SkinTimer::Due::check);
  CHECK(timer.next_due() == 1810s);
  CHECK(timer.take_due(1810s) == session::SkinTimer::Due::limit);
}
