#include "routine/timing.hpp"

#include <doctest/doctest.h>

using namespace knead::routine;
using std::chrono::seconds;

TEST_CASE("a step lasts press + hold + release, twice when sides alternate") {
  Step step;
  step.press = seconds(10);
  step.hold = seconds(120);
  step.release = seconds(30);
  CHECK(side_duration(step) == seconds(160));
  CHECK(step_duration(step) == seconds(160));
  step.sides = Sides::left_then_right;
  CHECK(step_duration(step) == seconds(320));
}

TEST_CASE("a reps step holds for reps x rep") {
  Step step;
  step.kind = StepKind::reps;
  step.reps = 5;
  step.rep = seconds(6);
  step.hold = seconds(999); // ignored for reps
  CHECK(step_duration(step) == seconds(30));
}

TEST_CASE("a routine lasts the sum of its steps") {
  Routine routine;
  Step a;
  a.hold = seconds(120);
  Step b;
  b.hold = seconds(900);
  routine.steps = {a, b};
  CHECK(routine_duration(routine) == seconds(1020));
}
