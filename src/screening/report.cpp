#include "screening/report.hpp"

#include "util/untrusted.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace knead::screening {
namespace {

// A paragraph or list item on a line of its own: the Output wraps each line to the
// terminal (Output::print_wrapped), a list item's further lines under its text.
Text wrapped(const Text &paragraph, std::string_view first, std::string_view /*rest*/) {
  return Text::trusted(first) + paragraph + "\n";
}

Text describe_stop(const Stop &stop) {
  Text text = "\n";
  text += wrapped(Text::format("{}", stop_advice(stop.tier)), "", "");
  if (stop.tier == Tier::nothing_left) {
    text += "Why each step was skipped:\n";
  } else {
    text += "Why:\n";
  }
  for (const auto &reason : stop.reasons) {
    text += wrapped(Text(Untrusted(reason)), "  - ", "    ");
  }
  for (const auto &advice : stop.advice) {
    text += wrapped("Advice: " + Text(Untrusted(advice)), "", "");
  }
  text += "The session has not started.\n";
  return text;
}

// Each caution once, with the steps it will be shown before: "Caution (steps 1, 2): …".
Text list_cautions(const session::Plan &plan) {
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
  Text text;
  for (const auto &[caution, steps] : cautions) {
    text += Text::format("\nCaution ({} {}): {}\n",
                         steps.find(',') == std::string::npos ? "step" : "steps",
                         Text::trusted(steps), Untrusted(caution));
  }
  return text;
}

} // namespace

Text describe(const Decision &decision) {
  if (decision.stop) {
    return describe_stop(*decision.stop);
  }
  Text text;
  for (const auto &planned : decision.plan.steps) {
    if (planned.skipped) {
      if (text.empty()) {
        text = "\nSkipped for your safety:\n";
      }
      // The question id (skip_reason) is for scripts; a person reads why in words.
      text += Text::format("  - step {}, {}: {}\n", planned.number, Untrusted(planned.step.title),
                           Untrusted(planned.skip_explanation));
    }
  }
  Text swaps;
  for (const auto &planned : decision.plan.steps) {
    if (!planned.skipped && !planned.swap_reason.empty()) {
      if (swaps.empty()) {
        swaps = "\nChanged for your safety:\n";
      }
      swaps += Text::format("  - step {}, {}: {} instead ({})\n", planned.number,
                            Untrusted(planned.replaced_title), Untrusted(planned.step.title),
                            Untrusted(planned.swap_explanation));
    }
  }
  text += swaps;
  text += list_cautions(decision.plan);
  for (const auto &advice : decision.plan.advice) {
    text += "\nAdvice: " + Text(Untrusted(advice)) + "\n";
  }
  return text;
}

} // namespace knead::screening
