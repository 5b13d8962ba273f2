#include "screening/applicable.hpp"

#include "screening/bank.hpp"
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
  const auto touch = [&](const routine::Step &step) {
    has_ice = has_ice || routine::on_skin(step.kind); // cold or heat
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
  for (const auto &region : regions) {
    questions.push_back(skin_question(region));
  }
  if (has_ice) {
    questions.push_back(cold_question());
  }
  std::vector<Question> own;
  for (const auto &question : routine.questions) {
    if (has_id(questions, question.id) || question.id == "long_lasting" ||
        question.id == "cold_sensitive" || question.id.starts_with("skin_")) {
      throw Error("the routine's question \"" + question.id +
                  "\" uses the id of a built-in question; give it another id");
    }
    questions.push_back(from_routine(question));
  }
  questions.push_back(long_lasting_question());
  return questions;
}

bool applies(const Question &question, const Answers &answers) {
  if (question.follows.empty()) {
    return true;
  }
  auto parent = answers.find(question.follows);
  return parent != answers.end() && parent->second;
}

std::vector<std::string> missing_answers(const std::vector<Question> &questions,
                                         const Answers &answers) {
  std::vector<std::string> missing;
  for (const auto &question : questions) {
    if (applies(question, answers) && !answers.contains(question.id)) {
      missing.push_back(question.id);
    }
  }
  return missing;
}

bool is_known_id(std::string_view id, const std::vector<Question> &questions) {
  if (has_id(questions, id) || has_id(fixed_questions(), id) || id == "cold_sensitive" ||
      id == "long_lasting") {
    return true;
  }
  return id.starts_with("skin_") && is_known_region(id.substr(5));
}

} // namespace knead::screening
