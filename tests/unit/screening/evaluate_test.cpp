#include "screening/evaluate.hpp"
#include "test_routines.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace knead;
using namespace knead::screening;

namespace {

Decision decide(const routine::Routine &r, std::initializer_list<const char *> yes) {
  auto questions = questions_for(r);
  return evaluate(r, questions, test::all_no(questions, yes));
}

std::vector<std::string> skipped_titles(const Decision &d) {
  std::vector<std::string> titles;
  for (const auto &s : d.plan.steps) {
    if (s.skipped) {
      titles.push_back(s.step.title);
    }
  }
  return titles;
}

} // namespace

TEST_CASE("the questions for lower-back: the bank, one skin question per region, ice, advice") {
  std::vector<std::string> ids;
  for (const auto &q : questions_for(test::lower_back())) {
    ids.push_back(q.id);
  }
  CHECK(ids == std::vector<std::string>{"saddle_bladder_bowel", "both_legs", "injury",
                                        "fever_unwell", "weight_cancer", "night_pain",
                                        "leg_worsening", "weak_back", "weak_back_cleared",
                                        "bleeding", "pregnant", "skin_lower-back", "skin_hips",
                                        "skin_buttocks", "cold_sensitive", "long_lasting"});
}

TEST_CASE("cold_sensitive is asked only when the routine has ice") {
  for (const auto &q : questions_for(test::back_points())) {
    CHECK(q.id != "cold_sensitive");
  }
}

TEST_CASE("each stop question alone stops the session with its tier") {
  struct Row {
    const char *id;
    Tier tier;
  };
  const Row rows[] = {{"saddle_bladder_bowel", Tier::emergency},
                      {"both_legs", Tier::emergency},
                      {"injury", Tier::emergency},
                      {"fever_unwell", Tier::urgent},
                      {"weight_cancer", Tier::urgent},
                      {"night_pain", Tier::urgent},
                      {"leg_worsening", Tier::urgent},
                      {"weak_back", Tier::not_cleared}};
  for (const auto &row : rows) {
    CAPTURE(row.id);
    auto questions = questions_for(test::lower_back());
    auto answers = test::all_no(questions, {row.id});
    if (std::string(row.id) == "weak_back") {
      answers["weak_back_cleared"] = false;
    }
    auto d = evaluate(test::lower_back(), questions, answers);
    REQUIRE(d.stopped());
    CHECK(d.stop->tier == row.tier);
    CHECK(d.stop->ids == std::vector<std::string>{row.id});
    CHECK(outcome_word(d) == to_string(row.tier));
  }
}

TEST_CASE("the emergency and urgent advice say where to go") {
  CHECK(std::string(stop_advice(Tier::emergency)).starts_with("Seek emergency care now"));
  CHECK(std::string(stop_advice(Tier::urgent)).starts_with("See a doctor today"));
  CHECK(
      std::string(stop_advice(Tier::not_cleared)).starts_with("Ask a health professional before"));
}

TEST_CASE("several red flags: the strongest tier wins and every reason is kept") {
  auto d = decide(test::lower_back(), {"night_pain", "injury"});
  REQUIRE(d.stopped());
  CHECK(d.stop->tier == Tier::emergency);
  CHECK(d.stop->ids == std::vector<std::string>{"injury", "night_pain"});
  CHECK(outcome_word(d) == "stop-emergency");
}

TEST_CASE("weak back cleared by a professional: gentle pressure on every pressing step") {
  auto d = decide(test::lower_back(), {"weak_back", "weak_back_cleared"});
  REQUIRE_FALSE(d.stopped());
  CHECK(outcome_word(d) == "cautions");
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(d.plan.steps[i].cautions ==
          std::vector<std::string>{
              "Gentle pressure only: your back needs care (a health professional has cleared "
              "you)."});
  }
  CHECK(d.plan.steps[3].cautions.empty()); // ice: no pressure
}

TEST_CASE("a weak back's caution goes on the steps that press on the back, not the hands") {
  auto d = decide(test::back_points(), {"weak_back", "weak_back_cleared"});
  REQUIRE_FALSE(d.stopped());
  std::vector<std::string> cautioned;
  for (const auto &s : d.plan.steps) {
    if (!s.cautions.empty()) {
      cautioned.push_back(s.step.title);
    }
  }
  // The lower back and the hip-bone points; not the feet, belly, knee or hand.
  CHECK(cautioned == std::vector<std::string>{"Sea of vitality", "Hip-bone points"});
  // Bleeding's caution is about any pressure: every step.
  d = decide(test::back_points(), {"bleeding"});
  for (const auto &s : d.plan.steps) {
    CHECK(s.cautions.size() == 1);
  }
}

TEST_CASE("an alternative's own region gets its skin question too") {
  routine::Routine r;
  r.steps = {test::make_step("Ice", "lower-back", routine::StepKind::ice)};
  r.steps[0].alternative = {test::make_step("Rest on the side", "hips", routine::StepKind::rest)};
  std::vector<std::string> skin;
  for (const auto &q : questions_for(r)) {
    if (q.id.starts_with("skin_")) {
      skin.push_back(q.id);
    }
  }
  CHECK(skin == std::vector<std::string>{"skin_lower-back", "skin_hips"});
}

TEST_CASE("the cold question is asked for heat too, and skips heat with its reason") {
  routine::Routine r;
  r.steps = {test::make_step("Back", "lower-back"),
             test::make_step("Heat", "lower-back", routine::StepKind::heat)};
  const auto questions = questions_for(r);
  CHECK(std::any_of(questions.begin(), questions.end(),
                    [](const Question &q) { return q.id == "cold_sensitive"; }));
  const auto d = evaluate(r, questions, test::all_no(questions, {"cold_sensitive"}));
  CHECK(skipped_titles(d) == std::vector<std::string>{"Heat"});
  CHECK(d.plan.steps[1].skip_explanation ==
        "heat is not advised with poor circulation or reduced feeling in the skin");
}

TEST_CASE("weak back without its follow-up answered is missing that answer, and a stop") {
  auto questions = questions_for(test::lower_back());
  auto answers = test::all_no(questions, {"weak_back"});
  CHECK(missing_answers(questions, answers) == std::vector<std::string>{"weak_back_cleared"});
  CHECK(evaluate(test::lower_back(), questions, answers).stop->tier == Tier::not_cleared);
}

TEST_CASE("without a stop, a missing answer is an error, never a no") {
  auto questions = questions_for(test::lower_back());
  auto answers = test::all_no(questions, {});
  answers.erase("pregnant");
  answers.erase("long_lasting");
  CHECK_THROWS_WITH_AS(evaluate(test::lower_back(), questions, answers),
                       "missing answers for: pregnant, long_lasting", UsageError);
}

TEST_CASE("a stop decides even when later questions were not asked") {
  auto questions = questions_for(test::lower_back());
  Answers answers{{"saddle_bladder_bowel", false}, {"both_legs", true}};
  auto d = evaluate(test::lower_back(), questions, answers);
  REQUIRE(d.stopped());
  CHECK(d.stop->tier == Tier::emergency);
  CHECK(d.answers == std::vector<std::pair<std::string, bool>>{{"saddle_bladder_bowel", false},
                                                               {"both_legs", true}});
}

TEST_CASE("the follow-up is not asked after a no") {
  auto questions = questions_for(test::lower_back());
  CHECK(missing_answers(questions, test::all_no(questions, {})).empty());
  auto d = evaluate(test::lower_back(), questions, test::all_no(questions, {}));
  for (const auto &[id, answer] : d.answers) {
    CHECK(id != "weak_back_cleared");
  }
  CHECK(outcome_word(d) == "clear");
  CHECK(d.answers.size() == 15);
}

TEST_CASE("bleeding: a caution before each pressing step") {
  auto d = decide(test::back_points(), {"bleeding"});
  REQUIRE_FALSE(d.stopped());
  for (const auto &s : d.plan.steps) {
    CHECK(s.cautions == std::vector<std::string>{"Gentle pressure only, and stop if it bruises."});
  }
}

TEST_CASE("pregnancy on back-points: flagged points and regions skipped, advice given") {
  auto d = decide(test::back_points(), {"pregnant"});
  REQUIRE_FALSE(d.stopped());
  CHECK(skipped_titles(d) == std::vector<std::string>{"Sea of vitality", "Foot points",
                                                      "Sea of energy", "Hip-bone points",
                                                      "Hand points"});
  const auto &hand = d.plan.steps[5];
  CHECK(hand.skip_reason == "pregnant");
  CHECK(hand.skip_explanation == "the point LI4 is avoided in pregnancy");
  CHECK_FALSE(d.plan.steps[4].skipped); // BL40: on no pregnancy list
  CHECK(d.plan.advice == std::vector<std::string>{"When you are pregnant and have back pain, the "
                                                  "NHS advises talking to a midwife or GP."});
  CHECK(outcome_word(d) == "skips");
}

TEST_CASE("pregnancy on lower-back: pressing on the lower back and hips skipped, ice kept") {
  auto d = decide(test::lower_back(), {"pregnant"});
  CHECK(skipped_titles(d) == std::vector<std::string>{"Paraspinal muscles", "Hip points"});
  CHECK(d.plan.steps[1].skip_explanation == "pressing on your hips is avoided in pregnancy");
}

TEST_CASE("broken skin on the lower back skips the lower-back steps") {
  auto d = decide(test::lower_back(), {"skin_lower-back"});
  CHECK(skipped_titles(d) == std::vector<std::string>{"Paraspinal muscles", "Ice"});
  CHECK(d.plan.steps[0].skip_reason == "skin_lower-back");
  CHECK(d.plan.steps[0].skip_explanation == "the skin on your lower back needs to be left alone");
}

TEST_CASE("a step on several regions is skipped for the skin of any of them") {
  auto d = decide(test::lower_back(), {"skin_hips"});
  CHECK(skipped_titles(d) == std::vector<std::string>{"Hip points", "Ice"});
  CHECK(d.plan.steps[3].skip_reason == "skin_hips");
  CHECK(d.plan.steps[3].skip_explanation == "the skin on your hips needs to be left alone");
}

TEST_CASE("every region of a step gets its skin question, in the order first reached") {
  routine::Routine r;
  r.steps = {test::make_step("Back", "lower-back"),
             test::make_step("Ice", "lower-back", routine::StepKind::ice)};
  r.steps[1].regions = {"buttocks", "lower-back", "hips"};
  std::vector<std::string> skin;
  for (const auto &q : questions_for(r)) {
    if (q.id.starts_with("skin_")) {
      skin.push_back(q.id);
    }
  }
  CHECK(skin == std::vector<std::string>{"skin_lower-back", "skin_buttocks", "skin_hips"});
}

TEST_CASE("a routine's skip_regions and pregnancy follow every region of a step") {
  auto r = test::lower_back();
  r.steps[0].regions = {"upper-back", "buttocks"};
  auto skip = test::make_question("sore_buttocks", "Sore buttocks?", "skip");
  skip.skip_regions = {"buttocks"};
  r.questions = {skip};
  auto questions = questions_for(r);
  auto d = evaluate(r, questions, test::all_no(questions, {"sore_buttocks"}));
  CHECK(skipped_titles(d) == std::vector<std::string>{"Paraspinal muscles", "Buttocks"});

  r.questions.clear();
  r.steps[0].regions = {"upper-back", "abdomen"};
  d = decide(r, {"pregnant"});
  CHECK(d.plan.steps[0].skipped);
  CHECK(d.plan.steps[0].skip_explanation ==
        "pressing on your belly below the navel is avoided in pregnancy");
}

TEST_CASE("cold sensitivity skips the ice") {
  auto d = decide(test::lower_back(), {"cold_sensitive"});
  CHECK(skipped_titles(d) == std::vector<std::string>{"Ice"});
  CHECK(d.plan.steps[3].skip_reason == "cold_sensitive");
}

TEST_CASE("when every step is skipped there is nothing safe to run") {
  auto d =
      decide(test::lower_back(), {"skin_lower-back", "skin_hips", "skin_buttocks", "bleeding"});
  REQUIRE(d.stopped());
  CHECK(d.stop->tier == Tier::nothing_left);
  CHECK(d.stop->ids == std::vector<std::string>{"skin_lower-back", "skin_hips", "skin_buttocks"});
  CHECK(outcome_word(d) == "stop-nothing-left");
}

TEST_CASE("long-lasting pain: advice, and the session still runs") {
  auto d = decide(test::lower_back(), {"long_lasting"});
  REQUIRE_FALSE(d.stopped());
  CHECK(outcome_word(d) == "advice");
  REQUIRE(d.plan.advice.size() == 1);
  CHECK(d.plan.advice[0].starts_with("Pain that goes on for several days"));
}

TEST_CASE("a routine's own questions: stop, skip by point, caution") {
  auto r = test::back_points();
  auto stop = test::make_question("knee_surgery", "Knee surgery this year?", "stop");
  auto skip = test::make_question("hand_injury", "Hurt your hand?", "skip", {"LI4"});
  r.questions = {stop, skip};
  auto questions = questions_for(r);
  CHECK(questions[questions.size() - 2].id == "hand_injury");
  CHECK(questions.back().id == "long_lasting");

  auto d = evaluate(r, questions, test::all_no(questions, {"hand_injury"}));
  CHECK(skipped_titles(d) == std::vector<std::string>{"Hand points"});
  CHECK(d.plan.steps[5].skip_explanation == "you answered yes to \"Hurt your hand?\"");

  d = evaluate(r, questions, test::all_no(questions, {"knee_surgery"}));
  REQUIRE(d.stopped());
  CHECK(d.stop->tier == Tier::routine);
}

TEST_CASE("a routine question may not reuse a built-in id") {
  auto r = test::lower_back();
  r.questions = {test::make_question("bleeding", "Bleeding?", "caution")};
  CHECK_THROWS_WITH_AS(questions_for(r),
                       "the routine's question \"bleeding\" uses the id of a built-in question; "
                       "give it another id",
                       Error);
}

TEST_CASE("a routine's own question skips by kind") {
  auto r = test::lower_back();
  auto no_ice = test::make_question("ice_burn", "Has ice ever burnt your skin?", "skip");
  no_ice.skip_kinds = {"ice"};
  r.questions = {no_ice};
  auto questions = questions_for(r);

  auto d = evaluate(r, questions, test::all_no(questions, {"ice_burn"}));
  CHECK(skipped_titles(d) == std::vector<std::string>{"Ice"});
  CHECK(d.plan.steps[3].skip_reason == "ice_burn");
  CHECK(d.plan.steps[3].skip_explanation ==
        "you answered yes to \"Has ice ever burnt your skin?\"");

  d = evaluate(r, questions, test::all_no(questions, {}));
  CHECK(skipped_titles(d).empty());
}

TEST_CASE("the outcome words the history keeps: a stop's tier, or what was done to the plan") {
  Decision decision;
  const std::vector<std::pair<PlanOutcome, std::string>> plans = {
      {PlanOutcome::clear, "clear"},
      {PlanOutcome::advice, "advice"},
      {PlanOutcome::cautions, "cautions"},
      {PlanOutcome::skips, "skips"}};
  for (const auto &[outcome, word] : plans) {
    decision.plan_outcome = outcome;
    CHECK(outcome_word(decision) == word);
  }
  decision.stop = Stop{Tier::urgent, {}, {}};
  CHECK(outcome_word(decision) == "stop-urgent"); // a stop's word, whatever the plan
}
