// A routine's own safety questions, skips, cautions and advice with hostile text,
// through `knead questions` (text, JSON, answers template), the interview and the
// screening report.
#include "check_safe.hpp"
#include "screening/applicable.hpp"
#include "screening/evaluate.hpp"
#include "screening/interview.hpp"
#include "screening/listing.hpp"
#include "screening/report.hpp"
#include "ui/prompt.hpp"

#include <algorithm>
#include <sstream>

using namespace knead;
using test::hostile_strings;

TEST_CASE("questions prints hostile question text safely as text, JSON and a template") {
  for (const auto &hostile : hostile_strings()) {
    const auto questions = screening::questions_for(test::routine_full_of(hostile.text));
    REQUIRE(std::any_of(questions.begin(), questions.end(),
                        [](const auto &question) { return question.from_routine; }));
    CHECK_SAFE(screening::format_questions(questions), hostile);
    CHECK_SAFE_JSON(screening::format_questions_json(questions), hostile);
    // The template is a TOML file: a line break in a comment would add a line of TOML.
    const auto answers_template = screening::format_answers_template(questions, hostile.text);
    CHECK_SAFE(answers_template, hostile);
    std::istringstream lines(answers_template.utf8());
    for (std::string line; std::getline(lines, line);) {
      INFO("template line: ", line);
      CHECK((line.empty() || line[0] == '#'));
    }
  }
}

TEST_CASE("the interview asks and explains hostile questions safely") {
  for (const auto &hostile : hostile_strings()) {
    auto questions = screening::questions_for(test::routine_full_of(hostile.text));
    for (auto &question : questions) {
      question.why = hostile.text;
      question.source = hostile.text;
      question.follows.clear();
      CHECK_SAFE(screening::explain(question), hostile);
    }
    // A hostile answer is not y or n: asked again, and never echoed raw.
    auto answer = hostile.text;
    std::replace(answer.begin(), answer.end(), '\n', ' ');
    std::string input;
    for (std::size_t i = 0; i < questions.size(); ++i) {
      input += "?\n" + answer + "\nn\n";
    }
    std::istringstream in(input);
    std::ostringstream out;
    ui::LineAsker asker(in, out);
    screening::interview(questions, asker);
    CHECK_SAFE(out.str(), hostile);
  }
}

TEST_CASE("the screening report words hostile skips, cautions, advice and stops safely") {
  for (const auto &hostile : hostile_strings()) {
    const auto routine = test::routine_full_of(hostile.text);
    const auto questions = screening::questions_for(routine);
    screening::Answers answers;
    for (const auto &question : questions) {
      answers[question.id] = question.from_routine;
    }
    auto decision = screening::evaluate(routine, questions, answers);
    decision.plan.steps[0].cautions.push_back(hostile.text);
    decision.plan.advice.push_back(hostile.text);
    CHECK_SAFE(screening::describe(decision), hostile);
    decision.stop =
        screening::Stop{screening::Tier::emergency, {hostile.text}, {hostile.text}, {hostile.text}};
    CHECK_SAFE(screening::describe(decision), hostile);
  }
}
