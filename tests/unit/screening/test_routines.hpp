#pragma once

#include "routine/model.hpp"
#include "screening/applicable.hpp"

#include <string>

// Hand-made routines for the screening tests, shaped like the built-in ones.
namespace knead::test {

inline routine::Step make_step(std::string title, std::string region,
                               routine::StepKind kind = routine::StepKind::press,
                               std::string point = "") {
  routine::Step step;
  step.title = std::move(title);
  step.regions = {std::move(region)};
  step.kind = kind;
  step.point = std::move(point);
  step.hold = std::chrono::seconds(120);
  return step;
}

// Every question without a follow-up answered "no", then those in `yes` answered "yes",
// then the follow-ups of those answered "no" unless `yes` names them.
inline screening::Answers all_no(const std::vector<screening::Question> &questions,
                                 std::initializer_list<const char *> yes = {}) {
  screening::Answers answers;
  for (const auto &q : questions) {
    if (q.follows.empty()) {
      answers[q.id] = false;
    }
  }
  for (const char *id : yes) {
    answers[id] = true;
  }
  // A follow-up of a "yes" not itself answered "yes" is "no" (pregnancy's urgent signs).
  for (const auto &q : questions) {
    if (!q.follows.empty() && answers.contains(q.follows) && answers.at(q.follows) &&
        !answers.contains(q.id)) {
      answers[q.id] = false;
    }
  }
  return answers;
}

inline routine::Question make_question(std::string id, std::string text, std::string effect,
                                       std::vector<std::string> skip_points = {}) {
  routine::Question question;
  question.id = std::move(id);
  question.text = std::move(text);
  question.effect = routine::parse_question_effect(effect).value();
  question.skip_points = std::move(skip_points);
  return question;
}

// Paraspinals, hips, buttocks, then ice on the lower back and the hips.
inline routine::Routine lower_back() {
  routine::Routine r;
  r.id = "lower-back";
  r.title = "Lower back";
  r.steps = {make_step("Paraspinal muscles", "lower-back"), make_step("Hip points", "hips"),
             make_step("Buttocks", "buttocks"),
             make_step("Ice", "lower-back", routine::StepKind::ice)};
  r.steps.back().regions.push_back("hips");
  return r;
}

// The six point groups of the second article, slow circles on each.
inline routine::Routine back_points() {
  using routine::StepKind;
  routine::Routine r;
  r.id = "back-points";
  r.title = "Back points";
  r.steps = {make_step("Sea of vitality", "lower-back", StepKind::reps, "BL23"),
             make_step("Foot points", "feet", StepKind::reps, "LR3"),
             make_step("Sea of energy", "abdomen", StepKind::reps, "CV6"),
             make_step("Hip-bone points", "buttocks", StepKind::reps, "BL53"),
             make_step("Commanding middle", "legs", StepKind::reps, "BL40"),
             make_step("Hand points", "hands", StepKind::reps, "LI4")};
  return r;
}

} // namespace knead::test
