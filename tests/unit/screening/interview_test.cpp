#include "screening/interview.hpp"
#include "test_routines.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace knead;
using namespace knead::screening;

namespace {

std::vector<Question> three_questions() {
  auto r = test::lower_back();
  r.steps.resize(1);
  r.steps[0].kind = routine::StepKind::press;
  auto all = questions_for(r);
  // saddle_bladder_bowel, weak_back with its follow-up, long_lasting
  return {all[0], all[7], all[8], all.back()};
}

} // namespace

TEST_CASE("the questions are asked one at a time, numbered, Enter alone not counted") {
  std::istringstream in("n\n\nn\nn\n");
  std::ostringstream out;
  auto answers = interview(three_questions(), in, out);
  CHECK(answers ==
        Answers{{"saddle_bladder_bowel", false}, {"weak_back", false}, {"long_lasting", false}});
  const auto text = out.str();
  CHECK(text.find("\nQuestion 1 of 3: Since the pain began") != std::string::npos);
  CHECK(text.find("\nQuestion 2 of 3: Do you have osteoporosis") != std::string::npos);
  CHECK(text.find("\nQuestion 3 of 3: Has this pain gone on") != std::string::npos);
  CHECK(text.find("[y/n, b = back, ? = why] [y/n, b = back, ? = why] ") != std::string::npos);
}

TEST_CASE("a yes brings in the follow-up — b goes back and the answer can change") {
  std::istringstream in("n\ny\nb\nb\nn\nn\nn\n");
  std::ostringstream out;
  auto answers = interview(three_questions(), in, out);
  CHECK(answers ==
        Answers{{"saddle_bladder_bowel", false}, {"weak_back", false}, {"long_lasting", false}});
  const auto text = out.str();
  CHECK(text.find("Question 3 of 4: Has a health professional cleared you") != std::string::npos);
  // b twice: the first question is asked again
  CHECK(text.find("Question 1 of 3", text.find("Question 3 of 4")) != std::string::npos);
  // after changing the second answer the follow-up is gone again
  CHECK(text.find("Question 3 of 3: Has this pain gone on") != std::string::npos);
}

TEST_CASE("? explains why the question is asked, and the source") {
  std::istringstream in("?\nn\nn\nn\n");
  std::ostringstream out;
  interview(three_questions(), in, out);
  CHECK(out.str().find("(cauda equina syndrome), which needs treatment in hospital straight "
                       "away.\nSource: NHS back pain guidance; NICE guideline NG59 (2016); "
                       "AHCPR back-pain guideline (1994)\n") != std::string::npos);
}

TEST_CASE("input ending midway is an error, not a no") {
  std::istringstream in("n\n");
  std::ostringstream out;
  CHECK_THROWS_WITH_AS(interview(three_questions(), in, out),
                       "the input ended before this question was answered", Error);
}

TEST_CASE("a routine's question text is sanitized before it is shown") {
  auto r = test::lower_back();
  r.questions = {test::make_question("own", "Evil\x1b]52;c;AAAA\x07?", "advice")};
  auto all = questions_for(r);
  std::istringstream in("n\n");
  std::ostringstream out;
  interview({all[all.size() - 2]}, in, out);
  CHECK(out.str().find('\x1b') == std::string::npos);
}

TEST_CASE("the first red flag ends the questions") {
  std::istringstream in("y\n");
  std::ostringstream out;
  CHECK(interview(three_questions(), in, out) == Answers{{"saddle_bladder_bowel", true}});
  CHECK(out.str().find("Question 2") == std::string::npos);
}

TEST_CASE("a weak back not cleared ends the questions") {
  std::istringstream in("n\ny\nn\n");
  std::ostringstream out;
  CHECK(interview(three_questions(), in, out) == Answers{{"saddle_bladder_bowel", false},
                                                         {"weak_back", true},
                                                         {"weak_back_cleared", false}});
}
