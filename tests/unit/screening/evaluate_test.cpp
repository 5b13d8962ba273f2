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
  CHECK(ids == std::vector<std::string>{
                   "saddle_bladder_bowel", "both_legs",   "serious_accident",  "chest_pain",
                   "high_temperature",     "weight_loss", "night_pain",        "leg_worsening",
                   "minor_fall",           "back_shape",  "cough_sneeze",      "between_shoulders",
                   "passing_cold",         "weak_back",   "weak_back_cleared", "cancer_history",
                   "cancer_checked",       "bleeding",    "pregnant",          "pregnancy_urgent",
                   "skin_lower-back",      "skin_hips",   "skin_buttocks",     "cold_allergy",
                   "reduced_feeling",      "long_lasting"});
}

TEST_CASE("the cold and heat questions are asked only when the routine has ice or heat") {
  for (const auto &q : questions_for(test::back_points())) {
    CHECK(q.id != "cold_allergy");
    CHECK(q.id != "reduced_feeling");
  }
}

TEST_CASE("each stop question alone stops the session with its tier") {
  struct Row {
    const char *id;
    Tier tier;
  };
  const Row rows[] = {{"saddle_bladder_bowel", Tier::emergency},
                      {"both_legs", Tier::emergency},
                      {"serious_accident", Tier::emergency},
                      {"chest_pain", Tier::emergency},
                      {"high_temperature", Tier::urgent},
                      {"weight_loss", Tier::urgent},
                      {"night_pain", Tier::urgent},
                      {"leg_worsening", Tier::urgent},
                      {"minor_fall", Tier::urgent},
                      {"back_shape", Tier::urgent},
                      {"cough_sneeze", Tier::urgent},
                      {"between_shoulders", Tier::urgent},
                      {"passing_cold", Tier::wait},
                      {"weak_back", Tier::not_cleared},
                      {"cancer_history", Tier::not_cleared}};
  for (const auto &row : rows) {
    CAPTURE(row.id);
    auto questions = questions_for(test::lower_back());
    auto answers = test::all_no(questions, {row.id});
    if (std::string(row.id) == "weak_back") {
      answers["weak_back_cleared"] = false;
    }
    if (std::string(row.id) == "cancer_history") {
      answers["cancer_checked"] = false;
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
  auto d = decide(test::lower_back(), {"night_pain", "serious_accident"});
  REQUIRE(d.stopped());
  CHECK(d.stop->tier == Tier::emergency);
  CHECK(d.stop->ids == std::vector<std::string>{"serious_accident", "night_pain"});
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

TEST_CASE("reduced feeling is asked for heat alone, and skips heat with its reason") {
  routine::Routine r;
  r.steps = {test::make_step("Back", "lower-back"),
             test::make_step("Heat", "lower-back", routine::StepKind::heat)};
  const auto questions = questions_for(r);
  const auto has = [&](std::string_view id) {
    return std::any_of(questions.begin(), questions.end(),
                       [id](const Question &q) { return q.id == id; });
  };
  CHECK(has("reduced_feeling"));
  CHECK_FALSE(has("cold_allergy")); // heat is fine with Raynaud's or a cold allergy
  const auto d = evaluate(r, questions, test::all_no(questions, {"reduced_feeling"}));
  CHECK(skipped_titles(d) == std::vector<std::string>{"Heat"});
  CHECK(d.plan.steps[1].skip_explanation ==
        "ice and heat are not advised with numb skin, reduced feeling or poor circulation");
}

TEST_CASE("a cold allergy runs the ice step's heat alternative, reduced feeling skips both") {
  auto r = test::lower_back();
  r.steps[3].alternative = {test::make_step("Heat", "lower-back", routine::StepKind::heat)};
  auto d = decide(r, {"cold_allergy"});
  REQUIRE_FALSE(d.stopped());
  CHECK(skipped_titles(d).empty());
  CHECK(d.plan.steps[3].step.kind == routine::StepKind::heat);
  CHECK(d.plan.steps[3].swap_reason == "cold_allergy");
  CHECK(d.plan.steps[3].replaced_title == "Ice");
  d = decide(r, {"cold_allergy", "reduced_feeling"});
  CHECK(skipped_titles(d) == std::vector<std::string>{"Ice"});
  CHECK(d.plan.steps[3].skip_reason == "reduced_feeling");
  // Without an alternative, a cold allergy skips the ice.
  d = decide(test::lower_back(), {"cold_allergy"});
  CHECK(skipped_titles(d) == std::vector<std::string>{"Ice"});
  CHECK(d.plan.steps[3].skip_reason == "cold_allergy");
}

TEST_CASE("a past cancer stops unless a doctor has checked this pain, then gentle pressure") {
  auto questions = questions_for(test::lower_back());
  auto answers = test::all_no(questions, {"cancer_history"});
  answers.erase("cancer_checked");
  CHECK(missing_answers(questions, answers) == std::vector<std::string>{"cancer_checked"});
  answers["cancer_checked"] = false;
  CHECK(evaluate(test::lower_back(), questions, answers).stop->tier == Tier::not_cleared);
  answers["cancer_checked"] = true;
  auto d = evaluate(test::lower_back(), questions, answers);
  REQUIRE_FALSE(d.stopped());
  CHECK(d.plan.steps[0].cautions ==
        std::vector<std::string>{"Gentle pressure only (a doctor has checked this back pain)."});
}

TEST_CASE("a passing cold is a gentle stop: wait until better") {
  auto d = decide(test::lower_back(), {"passing_cold"});
  REQUIRE(d.stopped());
  CHECK(outcome_word(d) == "stop-wait");
  CHECK(std::string(stop_advice(Tier::wait)).starts_with("Wait until you feel better"));
}

TEST_CASE("a consult-first gate skips its steps on a no, and keeps them on a yes") {
  auto r = test::back_points();
  auto gate = test::make_question("hip_points_cleared", "Cleared for the hip-bone points?", "skip",
                                  {"BL53"});
  gate.skip_on_no = true;
  r.questions = {gate};
  auto d = decide(r, {});
  CHECK(skipped_titles(d) == std::vector<std::string>{"Hip-bone points"});
  CHECK(d.plan.steps[3].skip_reason == "hip_points_cleared");
  CHECK(d.plan.steps[3].skip_explanation ==
        "you answered no to \"Cleared for the hip-bone points?\"");
  d = decide(r, {"hip_points_cleared"});
  CHECK(skipped_titles(d).empty());
}

TEST_CASE("weak back without its follow-up answered is missing that answer, and a stop") {
  auto questions = questions_for(test::lower_back());
  auto answers = test::all_no(questions, {"weak_back"});
  answers.erase("weak_back_cleared");
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
  CHECK(d.answers.size() == 23); // every question but the follow-ups
}

TEST_CASE("bleeding: a caution before each pressing step") {
  auto d = decide(test::back_points(), {"bleeding"});
  REQUIRE_FALSE(d.stopped());
  for (const auto &s : d.plan.steps) {
    CHECK(s.cautions == std::vector<std::string>{"Gentle pressure only, and stop if it bruises."});
  }
}

TEST_CASE("pregnancy on back-points: flagged points, regions and the legs skipped, advice given") {
  auto r = test::back_points();
  r.steps.push_back(test::make_step("Hand, outer", "hands", routine::StepKind::reps, "TE3"));
  auto d = decide(r, {"pregnant"});
  REQUIRE_FALSE(d.stopped());
  CHECK(skipped_titles(d) == std::vector<std::string>{"Sea of vitality", "Foot points",
                                                      "Sea of energy", "Hip-bone points",
                                                      "Commanding middle", "Hand points"});
  const auto &hand = d.plan.steps[5];
  CHECK(hand.skip_reason == "pregnant");
  CHECK(hand.skip_explanation == "the point LI4 is avoided in pregnancy");
  // BL40 is on no pregnancy list, but it is on the legs, where a clot may move.
  CHECK(d.plan.steps[4].skip_explanation ==
        "steps on the legs are avoided in pregnancy: pressing there can move a blood clot");
  CHECK_FALSE(d.plan.steps[6].skipped); // TE3: on no list, on the hands
  CHECK(d.plan.advice == std::vector<std::string>{"When you are pregnant and have back pain, the "
                                                  "NHS advises talking to a midwife or GP."});
  CHECK(outcome_word(d) == "skips");
}

TEST_CASE("pregnancy: a flagged point is skipped whatever region the step names") {
  auto r = test::back_points();
  r.steps.push_back(test::make_step("Odd", "hands", routine::StepKind::press, "SP6"));
  auto d = decide(r, {"pregnant"});
  CHECK(d.plan.steps.back().skipped);
}

TEST_CASE("pregnancy: every step on the legs is skipped, even ice") {
  routine::Routine r;
  r.id = "legs";
  r.steps = {test::make_step("Calf ice", "legs", routine::StepKind::ice),
             test::make_step("Hands", "hands", routine::StepKind::press)};
  auto d = decide(r, {"pregnant"});
  CHECK(skipped_titles(d) == std::vector<std::string>{"Calf ice"});
}

TEST_CASE("pregnancy with every step skipped: nothing to run, and the midwife advice still shown") {
  routine::Routine r;
  r.id = "knee";
  r.steps = {test::make_step("Knee", "legs", routine::StepKind::reps, "BL40")};
  auto d = decide(r, {"pregnant"});
  REQUIRE(d.stopped());
  CHECK(d.stop->tier == Tier::nothing_left);
  CHECK(d.stop->advice == std::vector<std::string>{"When you are pregnant and have back pain, the "
                                                   "NHS advises talking to a midwife or GP."});
}

TEST_CASE("pregnancy's urgent signs: asked only after a yes, and a stop for the midwife") {
  auto questions = questions_for(test::lower_back());
  auto answers = test::all_no(questions, {"pregnant"});
  answers.erase("pregnancy_urgent");
  CHECK(missing_answers(questions, answers) == std::vector<std::string>{"pregnancy_urgent"});
  answers["pregnancy_urgent"] = true;
  auto d = evaluate(test::lower_back(), questions, answers);
  REQUIRE(d.stopped());
  CHECK(d.stop->tier == Tier::maternity);
  CHECK(d.stop->ids == std::vector<std::string>{"pregnancy_urgent"});
  CHECK(outcome_word(d) == "stop-maternity");
  CHECK(std::string(stop_advice(Tier::maternity))
            .starts_with("Contact your midwife or maternity unit now"));
  answers["pregnancy_urgent"] = false;
  CHECK_FALSE(evaluate(test::lower_back(), questions, answers).stopped());
}

TEST_CASE("a clot in one leg: asked only when a step is on the legs, before the skin questions") {
  auto has = [](const routine::Routine &r, std::string_view id) {
    auto qs = questions_for(r);
    return std::any_of(qs.begin(), qs.end(), [id](const Question &q) { return q.id == id; });
  };
  CHECK_FALSE(has(test::lower_back(), "leg_clot"));
  REQUIRE(has(test::back_points(), "leg_clot"));
  auto d = decide(test::back_points(), {"leg_clot"});
  REQUIRE(d.stopped());
  CHECK(d.stop->tier == Tier::urgent);
  CHECK(d.stop->ids == std::vector<std::string>{"leg_clot"});
  CHECK(d.stop->reasons.front().find("call 111") != std::string::npos);
  auto qs = questions_for(test::back_points());
  auto at = [&](std::string_view id) {
    return std::find_if(qs.begin(), qs.end(), [id](const Question &q) { return q.id == id; });
  };
  CHECK(at("leg_clot") < at("skin_lower-back"));
}

TEST_CASE("a stop in an incomplete set of answers acts first") {
  auto questions = questions_for(test::lower_back());
  Answers answers{{"both_legs", true}};
  auto d = evaluate_stops(test::lower_back(), questions, answers);
  REQUIRE(d.has_value());
  CHECK(d->stop->tier == Tier::emergency);
  CHECK_FALSE(evaluate_stops(test::lower_back(), questions, Answers{{"bleeding", true}}));
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

TEST_CASE("reduced feeling skips the ice") {
  auto d = decide(test::lower_back(), {"reduced_feeling"});
  CHECK(skipped_titles(d) == std::vector<std::string>{"Ice"});
  CHECK(d.plan.steps[3].skip_reason == "reduced_feeling");
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
  decision.stop = Stop{Tier::urgent, {}, {}, {}};
  CHECK(outcome_word(decision) == "stop-urgent"); // a stop's word, whatever the plan
}
