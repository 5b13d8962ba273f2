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

namespace {

routine::Routine ice_with_heat() {
  routine::Routine routine;
  routine::Step ice;
  ice.title = "Ice";
  ice.kind = routine::StepKind::ice;
  ice.regions = {"lower-back", "hips"};
  ice.hold = std::chrono::minutes(15);
  routine::Step heat;
  heat.title = "Heat";
  heat.kind = routine::StepKind::heat;
  heat.regions = ice.regions;
  heat.hold = std::chrono::minutes(12);
  ice.alternative = {heat};
  routine::Step rest;
  rest.title = "Rest";
  rest.kind = routine::StepKind::rest;
  routine.steps = {ice, rest};
  return routine;
}

} // namespace

TEST_CASE("a step's alternative runs in its place, with the reason kept") {
  auto plan = session::make_plan(ice_with_heat());
  REQUIRE(session::use_alternative(plan.steps[0], "cold_allergy",
                                   "ice is not advised with a cold allergy"));
  const auto &swapped = plan.steps[0];
  CHECK(swapped.step.title == "Heat");
  CHECK(swapped.step.kind == routine::StepKind::heat);
  CHECK(swapped.step.hold == std::chrono::minutes(12));
  CHECK(swapped.step.alternative.empty());
  CHECK(swapped.number == 1);
  CHECK(swapped.swap_reason == "cold_allergy");
  CHECK(swapped.swap_explanation == "ice is not advised with a cold allergy");
  CHECK(swapped.replaced_title == "Ice");
  // Once is enough: a second swap changes nothing.
  CHECK_FALSE(session::use_alternative(plan.steps[0], "other", "other"));
  CHECK(plan.steps[0].swap_reason == "cold_allergy");
}

TEST_CASE("a step without an alternative, or skipped, is not swapped") {
  auto plan = session::make_plan(ice_with_heat());
  CHECK_FALSE(session::use_alternative(plan.steps[1], "cold_allergy", "why"));
  CHECK(plan.steps[1].step.title == "Rest");
  CHECK(plan.steps[1].swap_reason.empty());
  plan.steps[0].skipped = true;
  CHECK_FALSE(session::use_alternative(plan.steps[0], "cold_allergy", "why"));
  CHECK(plan.steps[0].step.title == "Ice");
}
