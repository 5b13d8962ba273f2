#include "session/plan.hpp"

namespace knead::session {

Plan make_plan(const routine::Routine &routine) {
  Plan plan;
  plan.routine_id = routine.id;
  plan.routine_title = routine.title;
  int number = 1;
  for (const auto &step : routine.steps) {
    plan.steps.push_back(PlannedStep{step, number++, false, {}, {}, {}});
  }
  return plan;
}

} // namespace knead::session
