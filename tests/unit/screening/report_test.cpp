#include "screening/evaluate.hpp"
#include "screening/report.hpp"
#include "test_routines.hpp"

#include <doctest/doctest.h>

using namespace knead;
using namespace knead::screening;

namespace {

std::string described(const routine::Routine &r, std::initializer_list<const char *> yes) {
  const auto questions = questions_for(r);
  return describe(evaluate(r, questions, test::all_no(questions, yes))).utf8();
}

} // namespace

TEST_CASE("all clear: nothing to say") {
  CHECK(described(test::lower_back(), {}).empty());
}

TEST_CASE("skips, cautions and advice in plain words") {
  CHECK(described(test::lower_back(), {"cold_sensitive", "bleeding", "long_lasting"}) ==
        "\nSkipped for your safety:\n"
        "  - step 4, Ice: ice is not advised with Raynaud's, a cold allergy, poor circulation "
        "or reduced feeling in the skin (cold_sensitive)\n"
        "\nCaution (steps 1, 2, 3): Gentle pressure only, and stop if it bruises.\n"
        "\nAdvice: Pain that goes on for several days without getting better should be seen by "
        "a specialist. This session can still run.\n");
}

TEST_CASE("a stop says what to do, why, and that nothing started") {
  CHECK(described(test::lower_back(), {"fever_unwell"}) ==
        "\nSee a doctor today. Do not treat this yourself until a doctor has checked it.\n"
        "Why:\n  - back pain with a fever or feeling unwell should be checked by a doctor\n"
        "The session has not started.\n");
}

TEST_CASE("routine text in a skip is sanitized") {
  auto r = test::lower_back();
  r.steps[0].title = "Evil\x1b[2J";
  CHECK(described(r, {"skin_lower-back"}).find('\x1b') == std::string::npos);
}
