// Every screening rule of docs/safety.md, from the table the end-to-end test also runs
// through the binary (tests/data/screening_rules.txt), applied with screening::evaluate
// to the shipped routines.
#include "routine/loader.hpp"
#include "screening/evaluate.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace knead;
using namespace knead::screening;

namespace {

struct Rule {
  int line = 0;
  std::string routine;
  std::vector<std::string> yes;
  std::string outcome;
  std::string changes;
  bool only_yes = false; // the answers hold the yes ids alone (an incomplete file)
};

std::string trimmed(const std::string &text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::vector<std::string> words(const std::string &text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    out.push_back(word);
  }
  return out;
}

std::vector<Rule> rules() {
  std::ifstream in(KNEAD_SOURCE_DIR "/tests/data/screening_rules.txt");
  REQUIRE(in);
  std::vector<Rule> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line.front() == '#') {
      continue;
    }
    std::vector<std::string> columns;
    std::istringstream fields(line);
    std::string field;
    while (std::getline(fields, field, '|')) {
      columns.push_back(trimmed(field));
    }
    columns.resize(5);
    out.push_back(
        {number, columns[0], words(columns[1]), columns[2], columns[3], columns[4] == "only"});
  }
  return out;
}

routine::LoadResult parse(const std::string &name) {
  const std::string path = name.ends_with(".toml") ? KNEAD_SOURCE_DIR "/tests/data/" + name
                                                   : KNEAD_SOURCE_DIR "/routines/" + name + ".toml";
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return routine::parse_routine(text.str(), path, name.substr(0, name.find('.')));
}

// Every question answered "no", follow-ups included (as the template filled with
// false), then the rule's ids "yes".
Answers answers_for(const std::vector<Question> &questions, const Rule &rule) {
  Answers answers;
  for (const auto &question : questions) {
    if (!rule.only_yes) {
      answers[question.id] = false;
    }
  }
  for (const auto &id : rule.yes) {
    answers[id] = true;
  }
  return answers;
}

std::string changes(const Decision &decision) {
  std::string out;
  if (decision.stopped()) {
    return out;
  }
  for (const auto &planned : decision.plan.steps) {
    std::string change;
    if (planned.skipped) {
      change = std::to_string(planned.number) + ":" + planned.skip_reason;
    } else if (!planned.swap_reason.empty()) {
      change = std::to_string(planned.number) + "~" + planned.swap_reason;
    }
    if (!change.empty()) {
      out += (out.empty() ? "" : " ") + change;
    }
  }
  return out;
}

} // namespace

TEST_CASE("every rule of the table, through screening::evaluate") {
  const auto all = rules();
  CHECK(all.size() >= 35);
  for (const auto &rule : all) {
    CAPTURE(rule.line);
    const auto parsed = parse(rule.routine);
    if (rule.outcome == "reused-id") {
      REQUIRE_FALSE(parsed.ok());
      std::string messages;
      for (const auto &diagnostic : parsed.diagnostics) {
        messages += diagnostic.message + "\n";
      }
      CHECK(messages.find("is the id of one of knead's own safety questions") != std::string::npos);
      continue;
    }
    REQUIRE(parsed.ok());
    const auto &routine = *parsed.routine;
    const auto questions = questions_for(routine);
    if (rule.outcome == "missing-answers") {
      CHECK_THROWS_AS(evaluate(routine, questions, answers_for(questions, rule)), UsageError);
      continue;
    }
    const auto decision = evaluate(routine, questions, answers_for(questions, rule));
    CHECK(outcome_word(decision) == rule.outcome);
    CHECK(changes(decision) == rule.changes);
  }
}
