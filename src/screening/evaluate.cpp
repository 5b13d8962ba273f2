#include "screening/evaluate.hpp"

#include "screening/groups.hpp"
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

// Whether the answer to a skip question skips: a "yes", or a "no" to a consult-first
// gate (`skip_on = "no"`).
bool skips(const Question &question, const Answers &answers) {
  auto it = answers.find(question.id);
  return question.effect == Effect::skip && it != answers.end() &&
         it->second != question.skips_on_no;
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
  case SkipKind::cold_allergy:
    // Only ice steps without a heat alternative get here: apply_cold_allergy swaps
    // the others first.
    return step.kind == routine::StepKind::ice ? question.message : std::string();
  case SkipKind::cold_and_heat:
    return routine::on_skin(step.kind) ? question.message : std::string();
  case SkipKind::listed:
    if (std::any_of(
            step.regions.begin(), step.regions.end(),
            [&](const std::string &region) { return contains(question.skip_regions, region); }) ||
        (!step.point.empty() && contains(question.skip_points, step.point)) ||
        contains(question.skip_kinds, routine::to_string(step.kind))) {
      return question.message.empty()
                 ? std::string(question.skips_on_no ? "you answered no to \""
                                                    : "you answered yes to \"") +
                       question.text + "\""
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
  } else if (question.effect == Effect::stop_maternity) {
    tier = Tier::maternity;
  } else if (question.effect == Effect::stop_wait) {
    tier = Tier::wait;
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
    stop = Stop{*tier, {}, {}, {}};
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

// Raynaud's or a cold allergy rules out ice but not heat: an ice step with a heat
// alternative runs the heat instead (apply_skip then drops the ice steps left).
void apply_cold_allergy(const Question &question, session::Plan &plan) {
  for (auto &planned : plan.steps) {
    if (!planned.skipped && planned.step.kind == routine::StepKind::ice &&
        !planned.step.alternative.empty() &&
        planned.step.alternative.front().kind != routine::StepKind::ice) {
      session::use_alternative(planned, question.id, question.message);
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
    if (planned.skipped || !planned.swap_reason.empty()) {
      return PlanOutcome::skips; // an ice step run as heat left the ice out too
    }
    any_caution = any_caution || !planned.cautions.empty();
  }
  if (any_caution) {
    return PlanOutcome::cautions;
  }
  return plan.advice.empty() ? PlanOutcome::clear : PlanOutcome::advice;
}

// A group answered "yes" whose tier stops (the emergency and urgent signs) stops even
// when no sign in it was named: the group's own id and reason stand for them.
void collect_group_stops(const std::vector<Question> &questions, const Answers &answers,
                         std::optional<Stop> &stop) {
  for (const auto &group : groups()) {
    if (!group.stops || !yes(answers, group.id)) {
      continue;
    }
    const auto signs = members(questions, group.id);
    if (std::any_of(signs.begin(), signs.end(),
                    [&](const Question *sign) { return yes(answers, sign->id); })) {
      continue; // the signs give their own reasons
    }
    if (!stop) {
      stop = Stop{*group.stops, {}, {}, {}};
    }
    stop->tier = std::min(stop->tier, *group.stops);
    stop->ids.emplace_back(group.id);
    stop->reasons.emplace_back(group.stop_reason);
  }
}

// The answers given and any stop they make, before anything is checked for gaps.
Decision collect_stops(const routine::Routine &routine, const std::vector<Question> &questions,
                       const Answers &given) {
  const Answers answers = expand_groups(questions, given);
  Decision decision;
  decision.plan = session::make_plan(routine);
  for (const auto &group : groups()) {
    if (auto answer = given.find(group.id); answer != given.end()) {
      decision.answers.emplace_back(group.id, answer->second);
    }
  }
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
  collect_group_stops(questions, answers, decision.stop);
  return decision;
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

std::optional<Decision> evaluate_stops(const routine::Routine &routine,
                                       const std::vector<Question> &questions,
                                       const Answers &answers) {
  Decision decision = collect_stops(routine, questions, answers);
  if (!decision.stop) {
    return std::nullopt;
  }
  return decision;
}

Decision evaluate(const routine::Routine &routine, const std::vector<Question> &questions,
                  const Answers &given) {
  Decision decision = collect_stops(routine, questions, given);
  const Answers answers = expand_groups(questions, given);
  if (decision.stop) {
    return decision;
  }
  // Without a stop, every answer counts: a missing one is never taken as a "no".
  if (auto missing = missing_answers(questions, answers); !missing.empty()) {
    throw UsageError("missing answers for: " + joined(missing));
  }
  // Skips first, so cautions land only on the steps that remain. Reduced feeling
  // rules out heat too, so it skips before a cold allergy swaps ice for heat.
  for (const auto &question : questions) {
    if (skips(question, answers) && question.skips != SkipKind::cold_allergy) {
      apply_skip(question, decision.plan);
    }
  }
  for (const auto &question : questions) {
    if (skips(question, answers) && question.skips == SkipKind::cold_allergy) {
      apply_cold_allergy(question, decision.plan);
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
    Stop stop{Tier::nothing_left, {}, {}, decision.plan.advice};
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
