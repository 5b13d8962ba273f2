#include "history/working_time.hpp"

#include <doctest/doctest.h>

using knead::history::WorkingTime;
using knead::session::Event;
using knead::session::EventKind;
using std::chrono::milliseconds;

namespace {

void hear(WorkingTime &working, EventKind kind, int t_s) {
  Event event;
  event.kind = kind;
  event.t = milliseconds(t_s * 1000);
  working.on_event(event);
}

} // namespace

TEST_CASE("working time counts the timed phases, not a prompt or a pause") {
  WorkingTime working;
  hear(working, EventKind::session_start, 0);
  hear(working, EventKind::step_start, 0);
  hear(working, EventKind::press, 0);
  hear(working, EventKind::hold, 10);
  hear(working, EventKind::paused, 40);   // 40 s working
  hear(working, EventKind::resumed, 100); // 60 s paused
  hear(working, EventKind::cue, 110);     // a cue does not stop the phase
  hear(working, EventKind::release, 130);
  hear(working, EventKind::step_end, 160); // 60 s more
  CHECK(working.total() == milliseconds(100'000));
  // The next step waits for the person at its `before` prompt for five minutes.
  hear(working, EventKind::before_prompt, 160);
  hear(working, EventKind::step_start, 460);
  CHECK(working.in_step() == milliseconds(0));
  hear(working, EventKind::hold, 460);
  hear(working, EventKind::quit, 520);
  hear(working, EventKind::session_end, 520);
  CHECK(working.in_step() == milliseconds(60'000));
  CHECK(working.total() == milliseconds(160'000));
}

TEST_CASE("a phase entered while paused counts from the resume") {
  WorkingTime working;
  hear(working, EventKind::step_start, 0);
  hear(working, EventKind::hold, 0);
  hear(working, EventKind::paused, 5);
  hear(working, EventKind::release, 20); // entered while paused
  hear(working, EventKind::resumed, 30);
  hear(working, EventKind::step_end, 40);
  CHECK(working.total() == milliseconds(15'000));
}

TEST_CASE("the get-ready is working time: it is part of the plan") {
  WorkingTime working;
  hear(working, EventKind::step_start, 0);
  hear(working, EventKind::get_ready, 0);
  hear(working, EventKind::press, 5);
  hear(working, EventKind::hold, 15);
  hear(working, EventKind::step_end, 45);
  CHECK(working.total() == milliseconds(45'000));
}
