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

TEST_CASE("a yes brings in the follow-up; b goes back and the answer can change") {
  std::istringstream in("n\ny\nb\nb\ny\nn\nn\n");
  std::ostringstream out;
  auto answers = interview(three_questions(), in, out);
  CHECK(answers ==
        Answers{{"saddle_bladder_bowel", true}, {"weak_back", false}, {"long_lasting", false}});
  // after changing the first answer the follow-up count is gone again
  CHECK(out.str().find("Question 3 of 4: Has a health professional cleared you") !=
        std::string::npos);
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
