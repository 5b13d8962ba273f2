// A step may work on several regions: `region = ["lower-back", "hips"]`; a string is
// a list of one. Screening follows every region, so each name is checked.
#include "routine/loader.hpp"
#include "routine/plan_view.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace knead::routine;

namespace {

std::string problems(std::string_view text) {
  return format_diagnostics(parse_routine(text, "r.toml", "r").diagnostics).utf8();
}

Step first_step(std::string_view text) {
  auto result = parse_routine(text, "r.toml", "r");
  REQUIRE(result.ok());
  return result.routine->steps.front();
}

constexpr std::string_view k_head = "title = \"T\"\n[[step]]\ntitle = \"S\"\nhold = \"1m\"\n";

} // namespace

TEST_CASE("region is a string or a list, kept as a list in the order written") {
  CHECK(first_step(std::string(k_head) + "region = \"hips\"\n").regions ==
        std::vector<std::string>{"hips"});
  const auto step = first_step(std::string(k_head) + "region = [\"lower-back\", \"hips\"]\n");
  CHECK(step.regions == std::vector<std::string>{"lower-back", "hips"});
  CHECK(touches(step, "hips"));
  CHECK_FALSE(touches(step, "buttocks"));
  // Left out, the point's region; written, the step's own even beside a point.
  CHECK(first_step(std::string(k_head) + "point = \"BL40\"\n").regions ==
        std::vector<std::string>{"legs"});
  CHECK(first_step(std::string(k_head) + "point = \"BL40\"\nregion = [\"legs\", \"feet\"]\n")
            .regions == std::vector<std::string>{"legs", "feet"});
}

TEST_CASE("each region is checked at its own position") {
  CHECK(problems(std::string(k_head) + "region = [\"lower-back\", \"hip\", \"lower-back\"]\n") ==
        "r.toml:5:25: error: unknown region \"hip\"\n"
        "  hint: did you mean \"hips\"?\n"
        "r.toml:5:32: error: region \"lower-back\" is named twice\n"
        "  hint: name each region once\n");
  CHECK(problems(std::string(k_head) + "region = [\"hips\", \"\"]\n") ==
        "r.toml:5:19: error: \"region\" is empty\n"
        "  hint: add region = \"…\", one of shoulders, upper-back, lower-back, abdomen, hips, "
        "buttocks, legs, feet, hands\n");
  CHECK(problems(std::string(k_head) + "region = []\npoint = \"BL40\"\n") ==
        "r.toml:5:10: error: \"region\" is empty\n"
        "  hint: add region = \"…\", one of shoulders, upper-back, lower-back, abdomen, hips, "
        "buttocks, legs, feet, hands\n");
}

TEST_CASE("a region of the wrong type is reported once") {
  CHECK(problems(std::string(k_head) + "region = 3\n") ==
        "r.toml:5:10: error: \"region\" must be a string or an array of strings, not an integer\n"
        "  hint: write region = \"…\", or a list such as region = [\"…\", \"…\"]\n");
  CHECK(problems(std::string(k_head) + "region = [\"hips\", 3]\n") ==
        "r.toml:5:19: error: \"region\" must hold only strings, not an integer\n"
        "  hint: put each entry in quotes\n");
  CHECK(problems(std::string(k_head) + "region = [\"\\u001b[2J\"]\n").find("escape sequence") !=
        std::string::npos);
}

TEST_CASE("show lists every region, and JSON has regions besides the first as region") {
  const auto result = parse_routine(std::string(k_head) + "region = [\"lower-back\", \"hips\"]\n"
                                                          "[[step]]\ntitle = \"Rest\"\n"
                                                          "kind = \"rest\"\nhold = \"1m\"\n",
                                    "r.toml", "r");
  REQUIRE(result.ok());
  const auto text = format_plan(*result.routine, knead::Charset::utf8).utf8();
  CHECK(text.find("1. S     together  lower-back, hips  1:00    1:00\n") != std::string::npos);
  const auto json = plan_json(*result.routine);
  CHECK(json.find("\"region\":\"lower-back\",\"regions\":[\"lower-back\",\"hips\"]") !=
        std::string::npos);
  // A rest step may name no region: an empty list, and "" for the first.
  CHECK(json.find("\"region\":\"\",\"regions\":[]") != std::string::npos);
}
