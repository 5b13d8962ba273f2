#include "screening/report.hpp"

#include "util/sanitize.hpp"

#include <algorithm>
#include <utility>
#include <vector>

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

// Each caution once, with the steps it will be shown before: "Caution (steps 1, 2): …".
std::string list_cautions(const session::Plan &plan) {
  std::vector<std::pair<std::string, std::string>> cautions; // text, step numbers
  for (const auto &planned : plan.steps) {
    for (const auto &caution : planned.cautions) {
      auto it = std::find_if(cautions.begin(), cautions.end(),
                             [&caution](const auto &entry) { return entry.first == caution; });
      if (it == cautions.end()) {
        cautions.emplace_back(caution, std::to_string(planned.number));
      } else {
        it->second += ", " + std::to_string(planned.number);
      }
    }
  }
  std::string text;
  for (const auto &[caution, steps] : cautions) {
    text += "\nCaution (" + std::string(steps.find(',') == std::string::npos ? "step " : "steps ") +
            steps + "): " + sanitize_for_terminal(caution) + "\n";
  }
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
  text += list_cautions(decision.plan);
  for (const auto &advice : decision.plan.advice) {
    text += "\nAdvice: " + sanitize_for_terminal(advice) + "\n";
  }
  return text;
}

} // namespace knead::screening
