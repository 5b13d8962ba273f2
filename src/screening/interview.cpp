#include "screening/interview.hpp"

#include "ui/prompt.hpp"
#include "util/sanitize.hpp"

#include <ostream>

namespace knead::screening {
namespace {

std::size_t count_applying(const std::vector<Question> &questions, const Answers &answers) {
  std::size_t count = 0;
  for (const auto &question : questions) {
    if (applies(question, answers)) {
      ++count;
    }
  }
  return count;
}

// Whether the answer just given to `question` already stops the session.
bool stops(const Question &question, bool yes) {
  switch (question.effect) {
  case Effect::stop_emergency:
  case Effect::stop_urgent:
  case Effect::stop:
    return yes;
  case Effect::clears:
    return !yes;
  default:
    return false;
  }
}

} // namespace

std::string explain(const Question &question) {
  return sanitize_text(question.why) + "\nSource: " + sanitize_text(question.source);
}

Answers interview(const std::vector<Question> &questions, std::istream &in, std::ostream &out) {
  Answers answers;
  std::vector<std::size_t> asked; // indices answered so far, for "b"
  std::size_t i = 0;
  while (i < questions.size()) {
    const auto &question = questions[i];
    if (!applies(question, answers)) {
      ++i;
      continue;
    }
    const std::string text = "\nQuestion " + std::to_string(asked.size() + 1) + " of " +
                             std::to_string(count_applying(questions, answers)) + ": " +
                             sanitize_text(question.text);
    const std::string help = explain(question);
    auto reply = ui::ask_yes_no(in, out, {text, help, !asked.empty()});
    if (reply == ui::Reply::back) {
      i = asked.back();
      asked.pop_back();
      answers.erase(questions[i].id);
      continue;
    }
    answers[question.id] = reply == ui::Reply::yes;
    if (stops(question, answers[question.id])) {
      break;
    }
    asked.push_back(i);
    ++i;
  }
  return answers;
}

} // namespace knead::screening
