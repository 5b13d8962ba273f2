#include "fixtures.hpp"
#include "routine/builtin.hpp"
#include "routine/library.hpp"
#include "routine/timing.hpp"
#include "session/engine.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <vector>

using namespace knead;
using namespace std::chrono_literals;
using session::EventKind;
using session::Input;
using test::Harness;

TEST_CASE("a completed lower-back run takes exactly the routine's planned time") {
  Harness h(test::lower_back());
  h.run_to_end();
  REQUIRE(h.engine.finished());
  CHECK(h.engine.outcome() == session::Outcome::completed);
  const auto &last = h.recorder.events.back();
  CHECK(last.kind == EventKind::session_end);
  CHECK(last.t == session::Ms{routine::routine_duration(test::lower_back())});
  CHECK(last.t == 23min);
  CHECK(last.wall == 23min);
}

TEST_CASE("the lower-back run emits its phases at their exact planned times") {
  Harness h(test::lower_back());
  h.run_to_end();
  const std::vector<std::string> expected{
      "0 session_start 0",
      "0 step_start 1",
      "0 press 1",
      "10000 hold 1",
      "130000 release 1",
      "160000 step_end 1",
      "160000 step_start 2",
      "160000 press 2",
      "170000 hold 2",
      "290000 release 2",
      "320000 step_end 2",
      "320000 step_start 3",
      "320000 press 3",
      "330000 hold 3",
      "450000 release 3",
      "480000 step_end 3",
      "480000 before_prompt 4",
      "480000 step_start 4",
      "480000 hold 4",
      "780000 skin_check 4",
      "1080000 skin_check 4",
      "1380000 step_end 4",
      "1380000 session_end 0 (completed)",
  };
  CHECK(h.recorder.lines() == expected);
}

TEST_CASE("next_deadline walks the absolute phase ends") {
  Harness h(test::lower_back());
  CHECK(h.deadline_s() == 10.0);
  h.run_to(10);
  CHECK(h.deadline_s() == 130.0);
  h.run_to(129.999);
  CHECK(h.deadline_s() == 130.0);
  h.run_to(130);
  CHECK(h.deadline_s() == 160.0);
  h.run_to(480);
  CHECK(h.engine.state().waiting);
  CHECK_FALSE(h.deadline_s().has_value());
}

TEST_CASE("late wake-ups do not shift later deadlines") {
  Harness h(test::lower_back());
  // The loop wakes 3 s late: every phase end still lands at its planned time.
  h.clock.set(163s);
  h.engine.advance();
  CHECK(h.recorder.kinds(EventKind::step_start) ==
        std::vector<std::string>{"0 step_start 1", "160000 step_start 2"});
  CHECK(h.deadline_s() == 170.0);
}

TEST_CASE("a left-then-right step switches sides between the two halves") {
  Harness h(test::every_phase());
  h.run_to(80);
  const std::vector<std::string> expected{
      "0 session_start 0",   "0 step_start 1 left",  "0 press 1 left",
      "10000 hold 1 left",   "30000 release 1 left", "40000 side_switch 1 right",
      "40000 press 1 right", "50000 hold 1 right",   "70000 release 1 right",
      "80000 step_end 1",    "80000 step_start 2",   "80000 rep 2 #1",
  };
  CHECK(h.recorder.lines() == expected);
}

TEST_CASE("a reps step counts each repetition, then releases") {
  Harness h(test::every_phase());
  h.run_to(100);
  CHECK(h.recorder.kinds(EventKind::rep) ==
        std::vector<std::string>{"80000 rep 2 #1", "85000 rep 2 #2", "90000 rep 2 #3"});
  CHECK(h.recorder.kinds(EventKind::release).back() == "95000 release 2");
  CHECK(h.recorder.kinds(EventKind::step_end).back() == "100000 step_end 2");
}

TEST_CASE("pausing during release shifts every later deadline by the time paused") {
  Harness h(test::lower_back());
  h.run_to(140);
  h.engine.handle(Input::toggle_pause);
  CHECK_FALSE(h.deadline_s().has_value());
  h.run_to(200);
  CHECK(h.recorder.kinds(EventKind::step_start).size() == 1);
  CHECK(h.engine.state().phase_left == 20s);
  h.engine.handle(Input::toggle_pause);
  CHECK(h.deadline_s() == 220.0);
  h.run_to_end();
  CHECK(h.recorder.events.back().t == 23min + 60s);
  CHECK(h.recorder.events.back().paused == 60s);
  CHECK(h.recorder.kinds(EventKind::paused) == std::vector<std::string>{"140000 paused 1"});
  CHECK(h.recorder.kinds(EventKind::resumed) == std::vector<std::string>{"200000 resumed 1"});
}

TEST_CASE("back from the first step restarts it") {
  Harness h(test::lower_back());
  h.run_to(50);
  h.engine.handle(Input::back);
  CHECK(h.recorder.kinds(EventKind::back) == std::vector<std::string>{"50000 back 1"});
  CHECK(h.recorder.kinds(EventKind::step_start).back() == "50000 step_start 1");
  CHECK(h.deadline_s() == 60.0);
}

TEST_CASE("back goes to the start of the previous step, and asks its prompt again") {
  Harness h(test::every_phase());
  h.run_to(100);
  CHECK(h.engine.state().waiting);
  h.engine.handle(Input::back);
  CHECK(h.recorder.kinds(EventKind::step_start).back() == "100000 step_start 2");
  CHECK(h.deadline_s() == 105.0);
  h.run_to(120);
  CHECK(h.engine.state().waiting);
  CHECK(h.recorder.kinds(EventKind::before_prompt).size() == 2);
}

TEST_CASE("+15 s during a side switch lengthens the right side's press") {
  Harness h(test::every_phase());
  h.run_to(40);
  CHECK(h.recorder.kinds(EventKind::side_switch) ==
        std::vector<std::string>{"40000 side_switch 1 right"});
  h.engine.handle(Input::add_time);
  CHECK(h.deadline_s() == 65.0);
  CHECK(h.recorder.kinds(EventKind::adjusted) ==
        std::vector<std::string>{"40000 adjusted 1 (+15s)"});
  CHECK(h.recorder.events.back().adjust == 15s);
  h.run_to_end();
  CHECK(h.recorder.events.back().t == 175s);
}

TEST_CASE("-15 s never moves a deadline before now") {
  Harness h(test::every_phase());
  h.run_to(5);
  h.engine.handle(Input::remove_time);
  // The press (ending at 10 s) ends now; the hold starts at 5 s.
  CHECK(h.recorder.kinds(EventKind::hold).back() == "5000 hold 1 left");
  CHECK(h.recorder.events[h.recorder.events.size() - 2].adjust == -5s);
  CHECK(h.deadline_s() == 25.0);
}

TEST_CASE("quit while paused ends the session with the pause counted") {
  Harness h(test::lower_back());
  h.run_to(20);
  h.engine.handle(Input::toggle_pause);
  h.run_to(80);
  h.engine.handle(Input::quit);
  CHECK(h.engine.finished());
  CHECK(h.engine.outcome() == session::Outcome::quit);
  CHECK(h.recorder.lines().back() == "80000 session_end 0 (quit)");
  CHECK(h.recorder.events.back().paused == 60s);
  CHECK_FALSE(h.deadline_s().has_value());
}

TEST_CASE("stop ends the session with the signal as its reason") {
  Harness h(test::lower_back());
  h.run_to(30);
  h.engine.stop({session::Outcome::interrupted, SIGINT});
  CHECK(h.engine.outcome() == session::Outcome::interrupted);
  CHECK(h.recorder.lines().back() == "30000 session_end 0 (SIGINT)");
}

TEST_CASE("steps skipped by screening are announced with their reason and take no time") {
  auto plan_routine = test::lower_back();
  session::VirtualClock clock;
  test::Recorder recorder;
  auto plan = session::make_plan(plan_routine);
  plan.steps[1].skipped = true;
  plan.steps[1].skip_reason = "skin_hips";
  plan.steps[1].skip_explanation = "broken skin on the hips";
  plan.steps[2].cautions = {"gentle pressure only"};
  session::Engine engine(plan, clock, recorder);
  engine.start();
  clock.set(160s);
  engine.advance();
  const auto lines = recorder.lines();
  CHECK(std::vector<std::string>(lines.end() - 5, lines.end()) ==
        std::vector<std::string>{"160000 step_end 1", "160000 step_skipped 2 (skin_hips)",
                                 "160000 caution 3", "160000 step_start 3", "160000 press 3"});
  CHECK(recorder.events[recorder.events.size() - 3].text == "gentle pressure only");
  CHECK(recorder.events[recorder.events.size() - 4].text == "broken skin on the hips");
  CHECK(engine.state().session_left == 160s + 15min - 0s);
  CHECK(engine.state().session_length == 160s * 2 + 15min);
}

TEST_CASE("a before prompt without a keyboard confirms itself after the lead-in") {
  session::EngineOptions options;
  options.before_lead_in = 10s;
  Harness h(test::every_phase(), options);
  h.run_to(100);
  CHECK(h.engine.state().waiting);
  CHECK(h.deadline_s() == 110.0);
  CHECK(h.engine.state().phase_left == 10s);
  h.run_to(110);
  CHECK(h.recorder.kinds(EventKind::step_start).back() == "110000 step_start 3");
  CHECK(h.deadline_s() == 170.0);
}

TEST_CASE("hands-free: a before prompt says its lead-in, and a key still confirms it sooner") {
  session::EngineOptions options;
  options.before_lead_in = 10s;
  Harness h(test::every_phase(), options);
  h.run_to(100);
  REQUIRE(h.engine.state().waiting);
  const auto prompt =
      std::find_if(h.recorder.events.begin(), h.recorder.events.end(),
                   [](const session::Event &e) { return e.kind == EventKind::before_prompt; });
  REQUIRE(prompt != h.recorder.events.end());
  CHECK(prompt->duration == 10s);
  // Four seconds in, Enter: the step starts then, not at the end of the lead-in.
  h.run_to(104);
  CHECK(h.engine.state().phase_left == 6s);
  h.engine.handle(Input::confirm);
  CHECK(h.recorder.kinds(EventKind::step_start).back() == "104000 step_start 3");
  CHECK_FALSE(h.engine.state().waiting);
  // A pause at the prompt stops its countdown; resuming carries on from there.
  Harness paused(test::every_phase(), options);
  paused.run_to(100);
  paused.run_to(103);
  paused.engine.handle(Input::toggle_pause);
  paused.run_to(200);
  CHECK(paused.engine.state().waiting);
  CHECK(paused.engine.state().phase_left == 7s);
  paused.engine.handle(Input::toggle_pause);
  paused.run_to(207);
  CHECK(paused.recorder.kinds(EventKind::step_start).back() == "207000 step_start 3");
}

TEST_CASE("a before prompt that waits for a key has no lead-in") {
  Harness h(test::every_phase());
  h.run_to(100);
  REQUIRE(h.engine.state().waiting);
  for (const auto &e : h.recorder.events) {
    if (e.kind == EventKind::before_prompt) {
      CHECK(e.duration == 0s);
    }
  }
  CHECK_FALSE(h.engine.next_deadline().has_value());
}

TEST_CASE("--from starts at the given step") {
  session::EngineOptions options;
  options.from_step = 3;
  Harness h(test::lower_back(), options);
  CHECK(h.recorder.lines() ==
        std::vector<std::string>{"0 session_start 0", "0 step_start 3", "0 press 3"});
  CHECK(h.engine.state().session_length == 160s + 15min);
}

TEST_CASE("the state counts time left in the phase, the step and the session") {
  Harness h(test::lower_back());
  h.run_to(70);
  const auto state = h.engine.state();
  REQUIRE(state.phase.has_value());
  CHECK(state.phase->kind == session::PhaseKind::hold);
  CHECK(state.phase_left == 60s);
  CHECK(state.phase_length == 120s);
  CHECK(state.step_left == 90s);
  CHECK(state.step_length == 160s);
  CHECK(state.session_left == 23min - 70s);
  CHECK(state.next_index == 1);
}

TEST_CASE("+15 s and -15 s lengthen and shorten the step, not only its phase") {
  Harness h(test::lower_back());
  h.run_to(70);
  h.engine.handle(Input::add_time);
  auto state = h.engine.state();
  CHECK(state.step_left == 105s);
  CHECK(state.step_length == 175s);
  h.engine.handle(Input::remove_time);
  h.engine.handle(Input::remove_time);
  state = h.engine.state();
  CHECK(state.step_left == 75s);
  CHECK(state.step_length == 145s);
  // The next step is as long as planned again.
  h.run_to(150);
  state = h.engine.state();
  CHECK(state.step_index == 1);
  CHECK(state.step_length == 160s);
  CHECK(state.step_left == 155s);
}

TEST_CASE("a pause held over into a before prompt ends when the prompt is confirmed") {
  Harness h(test::every_phase());
  h.run_to(90); // in B's repetitions
  h.engine.handle(Input::toggle_pause);
  h.engine.handle(Input::next); // to C's prompt, still paused
  auto state = h.engine.state();
  CHECK(state.waiting);
  CHECK(state.paused);
  h.run_to(95);
  h.engine.handle(Input::confirm);
  state = h.engine.state();
  CHECK_FALSE(state.paused);
  REQUIRE(state.phase.has_value());
  CHECK(state.phase->kind == session::PhaseKind::hold);
  CHECK(state.phase_left == 60s);
  CHECK(h.deadline_s() == 155.0);
  CHECK(h.recorder.kinds(EventKind::resumed) == std::vector<std::string>{"95000 resumed 3"});
  CHECK(state.paused_total == 5s);
}

TEST_CASE("next skips the rest of the step, which counts as skipped") {
  Harness h(test::lower_back());
  h.run_to(30);
  h.engine.handle(Input::next);
  CHECK(h.recorder.kinds(EventKind::step_skipped) ==
        std::vector<std::string>{"30000 step_skipped 1 (next)"});
  CHECK(h.recorder.kinds(EventKind::step_start).back() == "30000 step_start 2");
  h.run_to_end();
  CHECK(h.engine.state().steps_done == 3);
  CHECK(h.engine.state().steps_skipped == 1);
}

TEST_CASE("the built-in lower-back routine runs for exactly its routine_duration") {
  const auto routine =
      routine::Library(routine::builtin_routine_texts(), {}, {}).load("lower-back");
  Harness h(routine);
  h.run_to_end();
  CHECK(h.recorder.events.back().t == session::Ms{routine::routine_duration(routine)});
  CHECK(h.recorder.events.back().t >= 21min);
  CHECK(h.recorder.kinds(EventKind::step_start).size() == routine.steps.size());
}

TEST_CASE("pressing and circling steps start with the pressure guidance, others without") {
  Harness h(test::every_phase()); // A presses, B circles, C is ice
  h.run_to_end();
  std::vector<std::string> texts;
  for (const auto &event : h.recorder.events) {
    if (event.kind == EventKind::step_start) {
      texts.push_back(event.text);
    }
  }
  const std::string guidance = "Firm but comfortable; ease off if it hurts or tingling spreads.";
  CHECK(texts == std::vector<std::string>{guidance, guidance, ""});
}

TEST_CASE("a step swapped for its alternative says so before its cautions") {
  auto routine = test::every_phase();
  routine::Step heat = routine.steps[2];
  heat.title = "Heat";
  heat.kind = routine::StepKind::heat;
  routine.steps[2].alternative = {heat};
  auto plan = session::make_plan(routine);
  plan.steps[2].cautions = {"a caution"};
  REQUIRE(session::use_alternative(plan.steps[2], "cold_allergy", "no ice with a cold allergy"));
  session::VirtualClock clock;
  test::Recorder recorder;
  session::Engine engine(plan, clock, recorder);
  engine.start();
  clock.set(100s);
  engine.advance();
  const auto lines = recorder.lines();
  const std::vector<std::string> tail(lines.end() - 4, lines.end());
  CHECK(tail == std::vector<std::string>{"100000 step_end 2", "100000 alternative 3 (cold_allergy)",
                                         "100000 caution 3", "100000 before_prompt 3"});
  const auto &swap = recorder.events[recorder.events.size() - 3];
  CHECK(swap.title == "Heat");
  CHECK(swap.text == "no ice with a cold allergy");
}
