// The interview through a scripted Asker: what is asked, in which order, and when it
// stops. How a question reaches the terminal (prompts, Enter, "?") is ui's, tested in
// tests/unit/ui/prompt_test.cpp.
#include "screening/interview.hpp"
#include "test_routines.hpp"
#include "unit/scripted_asker.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>

using namespace knead;
using namespace knead::screening;
using test::ScriptedAsker;

namespace {

const Question &find(const std::vector<Question> &questions, const std::string &id) {
  const auto found = std::find_if(questions.begin(), questions.end(),
                                  [&](const Question &question) { return question.id == id; });
  if (found == questions.end()) {
    throw std::logic_error("no question " + id);
  }
  return *found;
}

// A red flag, a weak back with its follow-up, and an advice question.
std::vector<Question> three_questions() {
  auto r = test::lower_back();
  r.steps.resize(1);
  r.steps[0].kind = routine::StepKind::press;
  const auto all = questions_for(r);
  return {find(all, "saddle_bladder_bowel"), find(all, "weak_back"), find(all, "weak_back_cleared"),
          find(all, "long_lasting")};
}

std::vector<Question> lower_back_questions() {
  return questions_for(test::lower_back());
}

std::size_t count(const std::string &text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

} // namespace

TEST_CASE("all no: every question is asked once, numbered, going back offered after the first") {
  auto asker = ScriptedAsker::from_lines("n\nn\nn\n");
  CHECK(interview(three_questions(), asker) ==
        Answers{{"saddle_bladder_bowel", false}, {"weak_back", false}, {"long_lasting", false}});
  CHECK(asker.used_up());
  REQUIRE(asker.questions.size() == 3);
  CHECK(asker.questions[0].text.utf8().starts_with("\nQuestion 1 of 3: Since the pain began"));
  CHECK(asker.questions[1].text.utf8().starts_with("\nQuestion 2 of 3: Do you have osteoporosis"));
  CHECK(asker.questions[2].text.utf8().starts_with("\nQuestion 3 of 3: Has this pain gone on"));
  CHECK_FALSE(asker.questions[0].can_go_back);
  CHECK(asker.questions[1].can_go_back);
  CHECK(asker.questions[2].can_go_back);
}

TEST_CASE("a yes brings in the follow-up, and back goes back and the answer can change") {
  auto asker = ScriptedAsker::from_lines("n\ny\nb\nb\nn\nn\nn\n");
  CHECK(interview(three_questions(), asker) ==
        Answers{{"saddle_bladder_bowel", false}, {"weak_back", false}, {"long_lasting", false}});
  CHECK(asker.used_up());
  std::vector<std::string> asked;
  for (const auto &question : asker.questions) {
    asked.push_back(question.text.utf8().substr(0, question.text.utf8().find(':')));
  }
  CHECK(asked == std::vector<std::string>{"\nQuestion 1 of 3", "\nQuestion 2 of 3",
                                          "\nQuestion 3 of 4", "\nQuestion 2 of 3",
                                          "\nQuestion 1 of 3", "\nQuestion 2 of 3",
                                          "\nQuestion 3 of 3"});
  CHECK(asker.questions[2].text.utf8().find("Has a health professional cleared you") !=
        std::string::npos);
}

TEST_CASE("the help says why the question is asked, and the source") {
  auto asker = ScriptedAsker::from_lines("n\nn\nn\n");
  interview(three_questions(), asker);
  REQUIRE_FALSE(asker.questions.empty());
  CHECK(asker.questions[0].help == explain(three_questions()[0]));
  CHECK(asker.questions[0].help.utf8().ends_with(
      "(cauda equina syndrome), which needs treatment in hospital straight "
      "away.\nSource: NHS back pain guidance; NICE guideline NG59 (2016); "
      "AHCPR back-pain guideline (1994)"));
}

TEST_CASE("input ending midway is a usage error, never a no") {
  auto asker = ScriptedAsker::from_lines("n\n");
  CHECK_THROWS_WITH_AS(interview(three_questions(), asker),
                       "the input ended before this question was answered", Error);
  auto none = ScriptedAsker::from_lines("");
  try {
    interview(three_questions(), none);
    FAIL("no answer taken as an answer");
  } catch (const Error &e) {
    CHECK(e.exit_code() == exit_code::k_usage);
  }
}

TEST_CASE("no questions that apply: nothing is asked") {
  auto asker = ScriptedAsker::from_lines("");
  CHECK(interview({}, asker).empty());
  CHECK(interview({three_questions()[2]}, asker).empty()); // a follow-up without its yes
  CHECK(asker.questions.empty());
}

TEST_CASE("a routine's question text is sanitized before it is shown") {
  auto r = test::lower_back();
  r.questions = {test::make_question("own", "Evil\x1b]52;c;AAAA\x07?", "advice")};
  const auto all = questions_for(r);
  auto asker = ScriptedAsker::from_lines("n\n");
  interview({find(all, "own")}, asker);
  REQUIRE(asker.questions.size() == 1);
  CHECK(asker.questions[0].text.utf8().find('\x1b') == std::string::npos);
  CHECK(asker.questions[0].text.utf8().find('\x07') == std::string::npos);
}

TEST_CASE("the first red flag ends the questions") {
  auto asker = ScriptedAsker::from_lines("y\nn\nn\n");
  CHECK(interview(three_questions(), asker) == Answers{{"saddle_bladder_bowel", true}});
  CHECK(asker.questions.size() == 1);
}

TEST_CASE("a weak back not cleared ends the questions") {
  auto asker = ScriptedAsker::from_lines("n\ny\nn\nn\n");
  CHECK(interview(three_questions(), asker) == Answers{{"saddle_bladder_bowel", false},
                                                       {"weak_back", true},
                                                       {"weak_back_cleared", false}});
  CHECK(asker.questions.size() == 3);
}

TEST_CASE("a routine's own stop question ends the questions at a yes") {
  auto r = test::lower_back();
  r.questions = {test::make_question("own_stop", "Any rash on the back?", "stop")};
  const auto all = questions_for(r);
  auto asker = ScriptedAsker::from_lines("y\nn\n");
  CHECK(interview({find(all, "own_stop"), find(all, "long_lasting")}, asker) ==
        Answers{{"own_stop", true}});
}

TEST_CASE("all clear on lower-back: eight questions, the signs of a tier asked together") {
  auto asker = ScriptedAsker::from_lines("n\nn\nn\nn\nn\nn\nn\nn\n");
  const auto questions = lower_back_questions();
  auto answers = interview(questions, asker);
  const auto text = asker.shown;
  CHECK(count(text, "\nQuestion ") == 8);
  CHECK(text.find("\nQuestion 1 of 8: Do you have any of these?\n  - since the pain began") !=
        std::string::npos);
  CHECK(text.find("  - chest pain as well as the back pain") != std::string::npos);
  CHECK(text.find("\nQuestion 8 of 8: Has this pain gone on") != std::string::npos);
  // Every sign has its answer: a "no" to the group is a "no" to each.
  CHECK(missing_answers(questions, answers).empty());
  CHECK(answers.at("chest_pain") == false);
  CHECK(answers.at("skin_hips") == false);
  CHECK(answers.at("emergency_signs") == false);
}

TEST_CASE("a yes to the emergency signs stops at once") {
  auto asker = ScriptedAsker::from_lines("y\n");
  auto answers = interview(lower_back_questions(), asker);
  CHECK(answers == Answers{{"emergency_signs", true}});
  CHECK(count(asker.shown, "\nQuestion ") == 1);
}

TEST_CASE("a yes to the urgent signs asks which, by number, then stops") {
  auto asker = ScriptedAsker::from_lines("n\ny\nseven\n2 9\n1, 3\n");
  auto answers = interview(lower_back_questions(), asker);
  CHECK(answers.at("urgent_signs"));
  CHECK(answers.at("high_temperature"));
  CHECK_FALSE(answers.at("weight_loss"));
  CHECK(answers.at("night_pain"));
  CHECK_FALSE(answers.contains("passing_cold")); // the stop ends the questions
  const auto text = asker.shown;
  CHECK(text.find("Which of them? Type their numbers, such as 1 3") != std::string::npos);
  CHECK(text.find("\n  2. weight lost without trying") != std::string::npos);
  CHECK(count(text, "Type the number of each one that applies, from 1 to 8") == 2);
}

TEST_CASE("a yes to the conditions asks which, and a weak back then asks for its clearance") {
  auto asker = ScriptedAsker::from_lines("n\nn\nn\ny\n1\ny\nn\nn\nn\nn\n");
  auto answers = interview(lower_back_questions(), asker);
  CHECK(answers.at("weak_back"));
  CHECK(answers.at("weak_back_cleared"));
  CHECK_FALSE(answers.at("cancer_history"));
  CHECK_FALSE(answers.contains("cancer_checked"));
  CHECK_FALSE(answers.at("bleeding"));
  CHECK(asker.shown.find("Has a health professional cleared you") != std::string::npos);
}

TEST_CASE("a yes to the skin asks each place on its own") {
  auto asker = ScriptedAsker::from_lines("n\nn\nn\nn\nn\ny\nn\ny\nn\nn\nn\n");
  auto answers = interview(lower_back_questions(), asker);
  CHECK(answers.at("skin"));
  CHECK_FALSE(answers.at("skin_lower-back"));
  CHECK(answers.at("skin_hips"));
  CHECK_FALSE(answers.at("skin_buttocks"));
  const auto text = asker.shown;
  CHECK(text.find("Is the skin on any of these broken") != std::string::npos);
  CHECK(text.find("  - your hips") != std::string::npos);
  CHECK(text.find("Is the skin on your hips broken") != std::string::npos);
}

TEST_CASE("answers given already are not asked again") {
  const auto questions = lower_back_questions();
  Answers given;
  for (const auto &q : questions) {
    if (q.id != "skin_hips" && q.id != "long_lasting" && q.follows.empty()) {
      given[q.id] = false;
    }
  }
  auto asker = ScriptedAsker::from_lines("n\nn\n");
  auto answers = interview(questions, asker, given);
  CHECK(missing_answers(questions, answers).empty());
  const auto text = asker.shown;
  CHECK(count(text, "\nQuestion ") == 2);
  // One place open: its own question, not a list of one.
  CHECK(text.find("Question 1 of 2: Is the skin on your hips broken") != std::string::npos);
}
