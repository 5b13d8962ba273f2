#include "screening/evaluate.hpp"
#include "screening/report.hpp"
#include "test_routines.hpp"
#include "util/wrap.hpp"

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
  CHECK(described(test::lower_back(), {"reduced_feeling", "bleeding", "long_lasting"}) ==
        "\nSkipped for your safety:\n"
        "  - step 4, Ice: ice and heat are not advised with numb skin, reduced feeling or poor "
        "circulation\n"
        "\nCaution (steps 1, 2, 3): Gentle pressure only, and stop if it bruises.\n"
        "\nAdvice: Pain that goes on for several days without getting better should be seen by "
        "a specialist. This session can still run.\n");
}

TEST_CASE("a stop says what to do, why, and that nothing started") {
  CHECK(described(test::lower_back(), {"high_temperature"}) ==
        "\nSee a doctor today. Do not treat this yourself until a doctor has checked it.\n"
        "Why:\n  - back pain with a high temperature should be checked by a doctor\n"
        "The session has not started.\n");
}

TEST_CASE("routine text in a skip is sanitized") {
  auto r = test::lower_back();
  r.steps[0].title = "Evil\x1b[2J";
  CHECK(described(r, {"skin_lower-back"}).find('\x1b') == std::string::npos);
}

TEST_CASE("an ice step run as heat is named, with why") {
  auto r = test::lower_back();
  r.steps[3].alternative = {test::make_step("Heat", "lower-back", routine::StepKind::heat)};
  CHECK(described(r, {"cold_allergy"}) ==
        "\nChanged for your safety:\n"
        "  - step 4, Ice: Heat instead (ice is not advised with Raynaud's or a cold allergy)\n");
}

TEST_CASE("pregnancy leaving nothing to run still gives the midwife advice") {
  routine::Routine r;
  r.id = "knee";
  r.steps = {test::make_step("Knee", "legs", routine::StepKind::reps, "BL40")};
  CHECK(wrap_lines(described(r, {"pregnant"}), 78)
            .find("Advice: When you are pregnant and have back pain, the "
                  "NHS advises talking to a\n        midwife or GP.\n") != std::string::npos);
}

TEST_CASE("a stop wrapped to 78 columns has a reason's further lines indented") {
  routine::Routine r = test::back_points();
  // The report is one line a paragraph; the Output wraps it (Output::print_wrapped).
  const auto text = wrap_lines(described(r, {"leg_clot"}), 78);
  CHECK(text.find("  - pain, swelling, warmth, or red or darkened skin in one leg can be a blood\n"
                  "    clot (DVT): ask for an urgent GP appointment or call 111, and do not press\n"
                  "    on the leg\n") != std::string::npos);
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    CHECK(end - start <= 78);
    start = end + 1;
  }
}
