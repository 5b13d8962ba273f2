#include "screening/report.hpp"

#include "util/sanitize.hpp"

namespace knead::screening {
namespace {

std::string describe_stop(const Stop &stop) {
  std::string text = "\n";
  text += stop_advice(stop.tier);
  text += "\n";
  if (stop.tier == Tier::nothing_left) {
    text += "Why each step was skipped:\n";
  } else {
    text += "Why:\n";
  }
  for (const auto &reason : stop.reasons) {
    text += "  - " + sanitize_for_terminal(reason) + "\n";
  }
  text += "The session has not started.\n";
  return text;
}

} // namespace

std::string describe(const Decision &decision) {
  if (decision.stop) {
    return describe_stop(*decision.stop);
  }
  std::string text;
  for (const auto &planned : decision.plan.steps) {
    if (planned.skipped) {
      if (text.empty()) {
        text = "\nSkipped for your safety:\n";
      }
      text += "  - step " + std::to_string(planned.number) + ", " +
              sanitize_for_terminal(planned.step.title) + ": " +
              sanitize_for_terminal(planned.skip_explanation) + " (" + planned.skip_reason + ")\n";
    }
  }
  for (const auto &advice : decision.plan.advice) {
    text += "\nAdvice: " + sanitize_for_terminal(advice) + "\n";
  }
  return text;
}

std::string describe_cautions(const session::PlannedStep &step) {
  std::string text;
  for (const auto &caution : step.cautions) {
    text += "Caution: " + sanitize_for_terminal(caution) + "\n";
  }
  return text;
}

} // namespace knead::screening
