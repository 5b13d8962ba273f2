// Heat as a step kind, and a step's `[step.alternative]`: the step to run instead when
// its own is not safe for the person (heat in place of ice).
#include "routine/loader.hpp"
#include "routine/plan_view.hpp"
#include "routine/timing.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace knead::routine;
using namespace std::chrono_literals;

namespace {

std::string problems(std::string_view text) {
  return format_diagnostics(parse_routine(text, "r.toml", "r").diagnostics).utf8();
}

constexpr std::string_view k_ice = R"(title = "T"
[[step]]
title  = "Ice"
kind   = "ice"
region = ["lower-back", "hips"]
where  = "The back and hip muscles"
hold   = "15m"
sides  = "none"
)";

} // namespace

TEST_CASE("heat is a kind of its own, timed like ice") {
  const auto result = parse_routine(
      "title = \"T\"\n[[step]]\ntitle = \"Warm\"\nkind = \"heat\"\nregion = \"hips\"\n"
      "hold = \"15m\"\n",
      "r.toml", "r");
  REQUIRE(result.ok());
  const auto &step = result.routine->steps.front();
  CHECK(step.kind == StepKind::heat);
  CHECK(std::string(to_string(step.kind)) == "heat");
  CHECK(on_skin(StepKind::heat));
  CHECK(on_skin(StepKind::ice));
  CHECK_FALSE(on_skin(StepKind::rest));
  CHECK_FALSE(presses(StepKind::heat));
  CHECK(step_duration(step) == 15min);
  CHECK(problems("title = \"T\"\n[[step]]\ntitle = \"W\"\nkind = \"hot\"\nhold = \"1m\"\n"
                 "region = \"hips\"\n") ==
        "r.toml:4:8: error: unknown kind \"hot\"\n"
        "  hint: kind is one of press, reps, roll, ice, heat, rest\n");
}

TEST_CASE("an alternative is a step of its own that lies where its step does") {
  const auto result = parse_routine(std::string(k_ice) + R"(
[step.alternative]
title  = "Heat"
kind   = "heat"
before = "Wrap the warm pack in a towel."
hold   = "15m"
sides  = "none"

[[step]]
title = "Knee"
point = "BL40"
hold  = "1m"
)",
                                    "r.toml", "r");
  REQUIRE(result.ok());
  const auto &routine = *result.routine;
  REQUIRE(routine.steps.size() == 2);
  REQUIRE(routine.steps[0].alternative.size() == 1);
  const auto &heat = routine.steps[0].alternative.front();
  CHECK(heat.title == "Heat");
  CHECK(heat.kind == StepKind::heat);
  CHECK(heat.regions == std::vector<std::string>{"lower-back", "hips"});
  CHECK(heat.where == "The back and hip muscles");
  CHECK(heat.before == "Wrap the warm pack in a towel.");
  CHECK(routine.steps[1].alternative.empty());
  // The total is the routine's own steps.
  CHECK(routine_duration(routine) == 16min);
}

TEST_CASE("an alternative's own region, where or point is kept") {
  const auto result = parse_routine(std::string(k_ice) + R"([step.alternative]
title  = "Rest instead"
kind   = "rest"
point  = "GB30"
hold   = "5m"
)",
                                    "r.toml", "r");
  REQUIRE(result.ok());
  const auto &rest = result.routine->steps[0].alternative.front();
  CHECK(rest.regions == std::vector<std::string>{"buttocks"});
  CHECK(rest.where.starts_with("Buttock, one third of the way"));
}

TEST_CASE("an alternative is checked like a step, and named as the step's alternative") {
  CHECK(problems(std::string(k_ice) + "[step.alternative]\nkind = \"heat\"\nhold = \"25m\"\n"
                                      "region = \"hip\"\nhodl = \"1m\"\n") ==
        "r.toml:11:8: error: heat for more than 20 minutes can harm the skin (this step lasts "
        "25m)\n"
        "  hint: keep heat to 15-20 minutes, warm not hot: hold = \"15m\"\n"
        "r.toml:12:10: error: unknown region \"hip\"\n"
        "  hint: did you mean \"hips\"?\n"
        "r.toml:13:1: error: unknown key \"hodl\"\n"
        "  hint: did you mean \"hold\"?\n"
        "r.toml:9:1: error: the alternative of step 1 has no title\n"
        "  hint: add title = \"…\": what the person sees during the step\n");
  CHECK(problems(std::string(k_ice) + "[step.alternative]\ntitle = \"Heat\"\nkind = \"heat\"\n") ==
        "r.toml:9:1: error: the alternative of step 1 (\"Heat\") has no hold\n"
        "  hint: add hold = \"2m\": how long the step lasts, from 1s to 2h\n");
}

TEST_CASE("an alternative is a table, and has no alternative of its own") {
  CHECK(problems(std::string(k_ice) + "alternative = \"heat\"\n") ==
        "r.toml:9:15: error: \"alternative\" must be a table, not a string\n"
        "  hint: write it as a table under the step: [step.alternative], with a title, a kind "
        "and a hold\n");
  CHECK(problems(std::string(k_ice) +
                 "[step.alternative]\ntitle = \"Heat\"\nkind = \"heat\"\nhold = \"5m\"\n"
                 "[step.alternative.alternative]\ntitle = \"Rest\"\nkind = \"rest\"\n"
                 "hold = \"5m\"\n") ==
        "r.toml:13:1: error: an alternative cannot have an alternative of its own\n"
        "  hint: give the step one alternative: [step.alternative]\n");
}

TEST_CASE("show puts the alternative under its step, and JSON carries it") {
  const auto result = parse_routine(std::string(k_ice) + "[step.alternative]\ntitle = \"Heat\"\n"
                                                         "kind = \"heat\"\nhold = \"12m\"\n"
                                                         "sides = \"none\"\n",
                                    "r.toml", "r");
  REQUIRE(result.ok());
  CHECK(format_plan(*result.routine, knead::Charset::utf8, {true, 200}).utf8() ==
        "r: T\nFrom: file\n\n"
        "  start  step         sides  where             hold   length\n"
        "   0:00  1. Ice       none   lower-back, hips  15:00   15:00\n"
        "            or: Heat  none   lower-back, hips  12:00   12:00  (instead of step 1 when it "
        "is not safe for you)\n"
        "\nTotal 15:00\n");
  const auto json = plan_json(*result.routine);
  CHECK(json.find("\"alternative\":{\"title\":\"Heat\",\"kind\":\"heat\",\"region\":\"lower-"
                  "back\",\"regions\":[\"lower-back\",\"hips\"],\"sides\":\"none\",\"hold_s\":720,"
                  "\"start_s\":0,\"duration_s\":720,") != std::string::npos);
  const auto plain = parse_routine(std::string(k_ice), "r.toml", "r");
  REQUIRE(plain.ok());
  CHECK(plan_json(*plain.routine).find("\"alternative\":null") != std::string::npos);
}
