#include "fixtures.hpp"
#include "routine/timing.hpp"
#include "session/phases.hpp"

#include <doctest/doctest.h>

using namespace knead;
using namespace std::chrono_literals;

namespace {

session::Ms total(const std::vector<session::Phase> &phases) {
  session::Ms sum{0};
  for (const auto &phase : phases) {
    sum += phase.duration;
  }
  return sum;
}

} // namespace

TEST_CASE("the phases of every step add up to routine::step_duration") {
  for (const auto &routine : {test::lower_back(), test::every_phase()}) {
    for (const auto &step : routine.steps) {
      CAPTURE(step.title);
      CHECK(total(session::expand_phases(step)) == session::Ms{routine::step_duration(step)});
    }
  }
}

TEST_CASE("a left-then-right reps step runs each side's reps in turn") {
  routine::Step step;
  step.kind = routine::StepKind::reps;
  step.reps = 2;
  step.rep = 6s;
  step.press = 3s;
  step.sides = routine::Sides::left_then_right;
  const auto phases = session::expand_phases(step);
  REQUIRE(phases.size() == 6);
  CHECK(phases[0].kind == session::PhaseKind::press);
  CHECK(phases[2].rep == 2);
  CHECK(phases[2].side == routine::Side::left);
  CHECK(phases[3].side == routine::Side::right);
  CHECK(phases[3].kind == session::PhaseKind::press);
}

TEST_CASE("phases of zero length are left out") {
  routine::Step step;
  step.hold = 30s;
  const auto phases = session::expand_phases(step);
  REQUIRE(phases.size() == 1);
  CHECK(phases[0].kind == session::PhaseKind::hold);
  CHECK(std::string(session::to_string(phases[0].kind)) == "hold");
}
