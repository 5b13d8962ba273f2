#include "screening/interview.hpp"

#include "util/error.hpp"

#include <string>

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

Text explain(const Question &question) {
  return Text(Untrusted(question.why)) + "\nSource: " + Untrusted(question.source);
}

Reply ask_safety_question(Asker &asker, const YesNoQuestion &question) {
  const Reply reply = asker.ask_yes_no(question);
  if (reply == Reply::ended) {
    throw Error("the input ended before this question was answered", exit_code::k_usage);
  }
  return reply;
}

Answers interview(const std::vector<Question> &questions, Asker &asker) {
  Answers answers;
  std::vector<std::size_t> asked; // indices answered so far, for "b"
  std::size_t i = 0;
  while (i < questions.size()) {
    const auto &question = questions[i];
    if (!applies(question, answers)) {
      ++i;
      continue;
    }
    const Text text = Text::format("\nQuestion {} of {}: ", asked.size() + 1,
                                   count_applying(questions, answers)) +
                      Untrusted(question.text);
    const Reply reply = ask_safety_question(asker, {text, explain(question), !asked.empty()});
    if (reply == Reply::back) {
      i = asked.back();
      asked.pop_back();
      answers.erase(questions[i].id);
      continue;
    }
    answers[question.id] = reply == Reply::yes;
    if (stops(question, answers[question.id])) {
      break;
    }
    asked.push_back(i);
    ++i;
  }
  return answers;
}

} // namespace knead::screening
