#include "session/plan.hpp"

#include <doctest/doctest.h>

using namespace knead;

TEST_CASE("the untouched plan keeps every step, numbered from 1") {
  routine::Routine routine;
  routine.id = "r";
  routine.title = "R";
  routine.steps.resize(3);
  routine.steps[2].title = "third";
  const auto plan = session::make_plan(routine);
  REQUIRE(plan.steps.size() == 3);
  CHECK(plan.routine_id == "r");
  CHECK(plan.steps[0].number == 1);
  CHECK(plan.steps[2].number == 3);
  CHECK(plan.steps[2].step.title == "third");
  CHECK_FALSE(plan.steps[1].skipped);
}
