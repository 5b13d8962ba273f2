#include "screening/applicable.hpp"

#include "routine/builtin_ids.hpp"
#include "screening/bank.hpp"
#include "screening/groups.hpp"
#include "screening/region_words.hpp"
#include "util/error.hpp"

#include <algorithm>

namespace knead::screening {
namespace {

Question from_routine(const routine::Question &own) {
  Question q;
  q.id = own.id;
  q.text = own.text;
  q.message = own.message;
  q.skip_regions = own.skip_regions;
  q.skip_points = own.skip_points;
  q.skip_kinds = own.skip_kinds;
  q.skips_on_no = own.skip_on_no;
  q.from_routine = true;
  q.why = "This routine asks it itself.";
  q.source = "the routine file";
  switch (own.effect) {
  case routine::QuestionEffect::stop:
    q.effect = Effect::stop;
    break;
  case routine::QuestionEffect::skip:
    q.effect = Effect::skip;
    q.skips = SkipKind::listed;
    break;
  case routine::QuestionEffect::caution:
    q.effect = Effect::caution;
    break;
  case routine::QuestionEffect::advice:
    q.effect = Effect::advice;
    break;
  }
  return q;
}

bool has_id(const std::vector<Question> &questions, std::string_view id) {
  return std::any_of(questions.begin(), questions.end(),
                     [id](const Question &q) { return q.id == id; });
}

} // namespace

std::vector<Question> questions_for(const routine::Routine &routine) {
  std::vector<Question> questions = fixed_questions();
  std::vector<std::string> regions;
  bool has_ice = false;
  bool has_heat = false;
  const auto touch = [&](const routine::Step &step) {
    has_ice = has_ice || step.kind == routine::StepKind::ice;
    has_heat = has_heat || step.kind == routine::StepKind::heat;
    for (const auto &region : step.regions) {
      if (std::find(regions.begin(), regions.end(), region) == regions.end()) {
        regions.push_back(region);
      }
    }
  };
  for (const auto &step : routine.steps) {
    touch(step);
    // An alternative may run in the step's place: its regions are screened too.
    for (const auto &alternative : step.alternative) {
      touch(alternative);
    }
  }
  if (std::find(regions.begin(), regions.end(), "legs") != regions.end()) {
    questions.push_back(leg_clot_question()); // before any step on the legs
  }
  for (const auto &region : regions) {
    questions.push_back(skin_question(region));
  }
  if (has_ice) {
    questions.push_back(cold_allergy_question());
  }
  if (has_ice || has_heat) {
    questions.push_back(reduced_feeling_question());
  }
  for (const auto &question : routine.questions) {
    if (routine::is_builtin_question_id(question.id)) {
      throw Error("the routine's question \"" + question.id +
                  "\" uses the id of a built-in question; give it another id");
    }
    questions.push_back(from_routine(question));
  }
  questions.push_back(long_lasting_question());
  assign_groups(questions);
  return questions;
}

const RetiredId *find_retired_id(std::string_view id) {
  for (const auto &retired : retired_ids()) {
    if (retired.id == id) {
      return &retired;
    }
  }
  return nullptr;
}

bool is_retired_id(std::string_view id) {
  return find_retired_id(id) != nullptr;
}

Answers expand_groups(const std::vector<Question> &questions, const Answers &answers) {
  Answers expanded = answers;
  for (const auto &question : questions) {
    if (question.group.empty() || expanded.contains(question.id)) {
      continue;
    }
    auto group = answers.find(question.group);
    if (group != answers.end() && !group->second) {
      expanded[question.id] = false; // "no" to the group is "no" to each of its signs
    }
  }
  return expanded;
}

bool applies(const Question &question, const Answers &answers) {
  if (question.follows.empty()) {
    return true;
  }
  auto parent = answers.find(question.follows);
  return parent != answers.end() && parent->second;
}

std::vector<std::string> missing_answers(const std::vector<Question> &questions,
                                         const Answers &given) {
  const Answers answers = expand_groups(questions, given);
  std::vector<std::string> missing;
  for (const auto &question : questions) {
    // A "yes" to the emergency or urgent signs stops whichever sign it was.
    const auto *group = find_group(question.group);
    if (group != nullptr && group->stops && answers.contains(question.group) &&
        answers.at(question.group)) {
      continue;
    }
    if (applies(question, answers) && !answers.contains(question.id)) {
      missing.push_back(question.id);
    }
  }
  return missing;
}

bool is_known_id(std::string_view id, const std::vector<Question> &questions) {
  if (has_id(questions, id) || find_group(id) != nullptr) {
    return true;
  }
  if (id.starts_with(routine::k_skin_prefix)) {
    return is_known_region(id.substr(routine::k_skin_prefix.size()));
  }
  return routine::is_builtin_question_id(id) && !is_retired_id(id);
}

} // namespace knead::screening
