#include "session/plan.hpp"

namespace knead::session {

Plan make_plan(const routine::Routine &routine) {
  Plan plan;
  plan.routine_id = routine.id;
  plan.routine_title = routine.title;
  int number = 1;
  for (const auto &step : routine.steps) {
    PlannedStep planned;
    planned.step = step;
    planned.number = number++;
    plan.steps.push_back(std::move(planned));
  }
  return plan;
}

bool use_alternative(PlannedStep &planned, std::string reason, std::string explanation) {
  if (planned.step.alternative.empty() || planned.skipped || !planned.swap_reason.empty()) {
    return false;
  }
  planned.replaced_title = planned.step.title;
  routine::Step alternative = std::move(planned.step.alternative.front());
  planned.step = std::move(alternative);
  planned.swap_reason = std::move(reason);
  planned.swap_explanation = std::move(explanation);
  return true;
}

} // namespace knead::session
