// The get-ready before each side of a pressing step, on the virtual clock: its
// events, its place in the plan's time, and the keys and options around it.
#include "fixtures.hpp"
#include "routine/timing.hpp"
#include "session/engine.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace knead;
using namespace std::chrono_literals;
using session::EventKind;
using session::Input;
using test::Harness;

namespace {

// every_phase() with a 5 s get-ready on each pressing step (A left-then-right, B
// reps); C is ice and takes none, whatever its `ready` says.
routine::Routine with_ready() {
  auto routine = test::every_phase();
  routine::apply_default_ready(routine, 5s);
  return routine;
}

} // namespace

TEST_CASE("a get-ready comes before the first press of a step and between its sides") {
  Harness h(with_ready());
  h.run_to(100);
  const std::vector<std::string> expected{
      "0 session_start 0",         "0 step_start 1 left",     "0 get_ready 1 left",
      "5000 press 1 left",         "15000 hold 1 left",       "35000 release 1 left",
      "45000 side_switch 1 right", "45000 get_ready 1 right", "50000 press 1 right",
      "60000 hold 1 right",        "80000 release 1 right",   "90000 step_end 1",
      "90000 step_start 2",        "90000 get_ready 2",       "95000 rep 2 #1",
      "100000 rep 2 #2",
  };
  CHECK(h.recorder.lines() == expected);
  const auto &ready = h.recorder.events[2];
  CHECK(ready.duration == 5s);
  CHECK(h.engine.state().phase->kind == session::PhaseKind::rep);
}

TEST_CASE("the get-ready counts in the step's and the session's length") {
  const auto routine = with_ready();
  CHECK(routine::step_duration(routine.steps[0]) == 90s);
  CHECK(routine::step_duration(routine.steps[1]) == 25s);
  CHECK(routine::step_duration(routine.steps[2]) == 60s); // ice: no get-ready
  CHECK(routine::routine_duration(routine) == 175s);
  Harness h(routine);
  CHECK(h.engine.state().session_length == 175s);
  CHECK(h.engine.state().phase->kind == session::PhaseKind::ready);
  CHECK(h.engine.state().phase_left == 5s);
  CHECK(h.engine.state().step_left == 90s);
  h.run_to_end();
  CHECK(h.recorder.events.back().kind == EventKind::session_end);
  CHECK(h.recorder.events.back().t == 175s);
}

TEST_CASE("a step's own ready wins over the default, and 0s means none") {
  auto routine = test::every_phase();
  routine.steps[0].ready = 0s;
  routine.steps[1].ready = 8s;
  routine::apply_default_ready(routine, 5s);
  CHECK(routine.steps[0].ready == 0s);
  CHECK(routine.steps[1].ready == 8s);
  Harness h(routine);
  h.run_to(90);
  CHECK(h.recorder.kinds(EventKind::get_ready) == std::vector<std::string>{"80000 get_ready 2"});
  CHECK(h.recorder.kinds(EventKind::rep).front() == "88000 rep 2 #1");
}

TEST_CASE("pausing in a get-ready holds it, and the press starts after the time paused") {
  Harness h(with_ready());
  h.run_to(2);
  h.engine.handle(Input::toggle_pause);
  h.run_to(32);
  CHECK(h.recorder.kinds(EventKind::press).empty());
  CHECK(h.engine.state().phase_left == 3s);
  h.engine.handle(Input::toggle_pause);
  h.run_to(35);
  CHECK(h.recorder.kinds(EventKind::press) == std::vector<std::string>{"35000 press 1 left"});
}

TEST_CASE("restart and --from begin a step with its get-ready") {
  Harness h(with_ready(), {.from_step = 2, .before_lead_in = std::nullopt});
  h.run_to(3);
  CHECK(h.recorder.kinds(EventKind::get_ready) == std::vector<std::string>{"0 get_ready 2"});
  h.engine.handle(Input::restart);
  CHECK(h.recorder.kinds(EventKind::get_ready) ==
        std::vector<std::string>{"0 get_ready 2", "3000 get_ready 2"});
  CHECK(h.engine.state().session_length == 85s); // steps 2 and 3 only
}

TEST_CASE("+15 s in a get-ready lengthens it, as in any phase") {
  Harness h(with_ready());
  h.run_to(1);
  h.engine.handle(Input::add_time);
  h.run_to(20);
  CHECK(h.recorder.kinds(EventKind::press) == std::vector<std::string>{"20000 press 1 left"});
}
