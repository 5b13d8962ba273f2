#include "screening/evaluate.hpp"

#include "screening/pregnancy.hpp"
#include "screening/pressure.hpp"
#include "util/error.hpp"

#include <algorithm>

namespace knead::screening {
namespace {

bool yes(const Answers &answers, std::string_view id) {
  auto it = answers.find(id);
  return it != answers.end() && it->second;
}

std::string joined(const std::vector<std::string> &ids) {
  std::string text;
  for (const auto &id : ids) {
    text += (text.empty() ? "" : ", ") + id;
  }
  return text;
}

bool contains(const std::vector<std::string> &list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Why `question` (answered "yes") skips `step`, or empty when it does not.
std::string skip_explanation(const Question &question, const routine::Step &step) {
  switch (question.skips) {
  case SkipKind::region:
    return routine::touches(step, question.region) ? question.message : std::string();
  case SkipKind::pregnancy:
    return pregnancy_skip_reason(step);
  case SkipKind::ice:
    // One question covers cold and reduced feeling, and reduced feeling or poor
    // circulation rule out heat as well (NHS trust heat guidance).
    if (step.kind == routine::StepKind::heat) {
      return "heat is not advised with poor circulation or reduced feeling in the skin";
    }
    return step.kind == routine::StepKind::ice ? question.message : std::string();
  case SkipKind::listed:
    if (std::any_of(
            step.regions.begin(), step.regions.end(),
            [&](const std::string &region) { return contains(question.skip_regions, region); }) ||
        (!step.point.empty() && contains(question.skip_points, step.point)) ||
        contains(question.skip_kinds, routine::to_string(step.kind))) {
      return question.message.empty() ? "you answered yes to \"" + question.text + "\""
                                      : question.message;
    }
    return {};
  case SkipKind::none:
    return {};
  }
  return {};
}

const Question *follow_up_of(const std::vector<Question> &questions, std::string_view id) {
  for (const auto &q : questions) {
    if (q.follows == id) {
      return &q;
    }
  }
  return nullptr;
}

// Adds `question`'s stop to `stop` when a "yes" to it stops the session.
void collect_stop(const std::vector<Question> &questions, const Question &question,
                  const Answers &answers, std::optional<Stop> &stop) {
  std::optional<Tier> tier;
  if (question.effect == Effect::stop_emergency) {
    tier = Tier::emergency;
  } else if (question.effect == Effect::stop_urgent) {
    tier = Tier::urgent;
  } else if (question.effect == Effect::stop) {
    tier = Tier::routine;
  } else if (question.effect == Effect::stop_unless_cleared) {
    const Question *cleared = follow_up_of(questions, question.id);
    if (cleared == nullptr || !yes(answers, cleared->id)) {
      tier = Tier::not_cleared;
    }
  }
  if (!tier) {
    return;
  }
  if (!stop) {
    stop = Stop{*tier, {}, {}};
  }
  stop->tier = std::min(stop->tier, *tier);
  stop->ids.push_back(question.id);
  stop->reasons.push_back(question.message.empty() ? "you answered yes to \"" + question.text + "\""
                                                   : question.message);
}

void apply_caution(const Question &question, session::Plan &plan) {
  for (auto &planned : plan.steps) {
    // The bank's cautions are about pressure, and a clearance's (weak back) about
    // pressure on the back; a routine's own may be about anything.
    const bool fits =
        question.from_routine || (question.effect == Effect::clears ? presses_on_back(planned.step)
                                                                    : presses(planned.step.kind));
    if (!planned.skipped && fits) {
      planned.cautions.push_back(question.message);
    }
  }
}

void apply_skip(const Question &question, session::Plan &plan) {
  for (auto &planned : plan.steps) {
    if (planned.skipped) {
      continue;
    }
    auto why = skip_explanation(question, planned.step);
    if (!why.empty()) {
      planned.skipped = true;
      planned.skip_reason = question.id;
      planned.skip_explanation = why;
      planned.cautions.clear();
    }
  }
}

PlanOutcome plan_outcome(const session::Plan &plan) {
  bool any_caution = false;
  for (const auto &planned : plan.steps) {
    if (planned.skipped) {
      return PlanOutcome::skips;
    }
    any_caution = any_caution || !planned.cautions.empty();
  }
  if (any_caution) {
    return PlanOutcome::cautions;
  }
  return plan.advice.empty() ? PlanOutcome::clear : PlanOutcome::advice;
}

} // namespace

const char *to_string(PlanOutcome outcome) {
  switch (outcome) {
  case PlanOutcome::clear:
    return "clear";
  case PlanOutcome::advice:
    return "advice";
  case PlanOutcome::cautions:
    return "cautions";
  case PlanOutcome::skips:
    return "skips";
  }
  return "clear";
}

std::string outcome_word(const Decision &decision) {
  return decision.stop ? to_string(decision.stop->tier) : to_string(decision.plan_outcome);
}

Decision evaluate(const routine::Routine &routine, const std::vector<Question> &questions,
                  const Answers &answers) {
  Decision decision;
  decision.plan = session::make_plan(routine);
  for (const auto &question : questions) {
    auto answer = answers.find(question.id);
    if (applies(question, answers) && answer != answers.end()) {
      decision.answers.emplace_back(question.id, answer->second);
    }
  }
  for (const auto &question : questions) {
    if (applies(question, answers) && yes(answers, question.id)) {
      collect_stop(questions, question, answers, decision.stop);
    }
  }
  if (decision.stop) {
    return decision;
  }
  // Without a stop, every answer counts: a missing one is never taken as a "no".
  if (auto missing = missing_answers(questions, answers); !missing.empty()) {
    throw UsageError("missing answers for: " + joined(missing));
  }
  // Skips first, so cautions land only on the steps that remain.
  for (const auto &question : questions) {
    if (yes(answers, question.id) && question.effect == Effect::skip) {
      apply_skip(question, decision.plan);
    }
  }
  for (const auto &question : questions) {
    if (!applies(question, answers) || !yes(answers, question.id)) {
      continue;
    }
    if (question.effect == Effect::caution || question.effect == Effect::clears) {
      apply_caution(question, decision.plan);
    } else if (question.effect == Effect::advice ||
               (question.effect == Effect::skip && question.skips == SkipKind::pregnancy)) {
      decision.plan.advice.push_back(question.message);
    }
  }
  const bool all_skipped =
      std::all_of(decision.plan.steps.begin(), decision.plan.steps.end(),
                  [](const session::PlannedStep &planned) { return planned.skipped; });
  if (all_skipped) {
    Stop stop{Tier::nothing_left, {}, {}};
    for (const auto &planned : decision.plan.steps) {
      if (!contains(stop.ids, planned.skip_reason)) {
        stop.ids.push_back(planned.skip_reason);
        stop.reasons.push_back(planned.skip_explanation);
      }
    }
    decision.stop = stop;
    return decision;
  }
  decision.plan_outcome = plan_outcome(decision.plan);
  return decision;
}

} // namespace knead::screening
