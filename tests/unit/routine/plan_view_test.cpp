#include "routine/list_view.hpp"
#include "routine/plan_view.hpp"

#include <doctest/doctest.h>

using namespace knead::routine;
using knead::Charset;
using std::chrono::seconds;

namespace {

Routine two_steps() {
  Routine routine;
  routine.id = "r";
  routine.title = "Evil \x1b]0;title\x07";
  routine.origin = Origin::user;
  routine.path = "/home/x/r.toml";
  Step press;
  press.title = "Press \xe2\x80\xae";
  press.regions = {"hips", "buttocks"};
  press.press = seconds(10);
  press.hold = seconds(60);
  press.release = seconds(20);
  press.sides = Sides::left_then_right;
  press.before = "Lie down";
  Step circles;
  circles.title = "Circles";
  circles.kind = StepKind::reps;
  circles.regions = {"legs"};
  circles.point = "BL40";
  circles.reps = 5;
  circles.rep = seconds(6);
  circles.sides = Sides::none;
  routine.steps = {press, circles};
  return routine;
}

} // namespace

TEST_CASE("plan rows start where the previous step ended, sides counted") {
  const auto routine = two_steps();
  const auto rows = plan_rows(routine);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].start == seconds(0));
  CHECK(rows[0].working == seconds(60));
  CHECK(rows[0].duration == seconds(180));
  CHECK(rows[1].start == seconds(180));
  CHECK(rows[1].working == seconds(30));
  CHECK(rows[1].duration == seconds(30));
}

TEST_CASE("the plan as text is sanitized and aligned") {
  CHECK(format_plan(two_steps(), Charset::utf8).utf8() ==
        "r: Evil \xEF\xBF\xBD]0;title\xEF\xBF\xBD\n"
        "From: user (/home/x/r.toml)\n"
        "\n"
        "  start  step        sides        where           hold    length\n"
        "   0:00  1. Press \xEF\xBF\xBD  left, right  hips, buttocks  "
        "1:00      3:00  (waits for you first)\n"
        "   3:00  2. Circles  none         legs BL40       5 x 6s    0:30\n"
        "\n"
        "Total 3:30\n");
}

TEST_CASE("a step title too long for its column ends in the terminal's ellipsis") {
  auto routine = two_steps();
  routine.steps[0].title = "Paraspinal muscles on both sides of the spine, from the ribs down";
  const auto unicode = format_plan(routine, Charset::utf8).utf8();
  CHECK(unicode.find("   0:00  1. Paraspinal muscles on both sides of \u2026  left, right") !=
        std::string::npos);
  const auto ascii = format_plan(routine, Charset::ascii).utf8();
  CHECK(ascii.find("   0:00  1. Paraspinal muscles on both sides o...  left, right") !=
        std::string::npos);
}

TEST_CASE("the plan as JSON carries the contract's fields in seconds") {
  const auto json = plan_json(two_steps());
  CHECK(json.find("\"id\":\"r\",\"title\":\"Evil \xEF\xBF\xBD]0;title\xEF\xBF\xBD\"") !=
        std::string::npos);
  CHECK(json.find("\"total_s\":210") != std::string::npos);
  CHECK(json.find("{\"title\":\"Circles\",\"kind\":\"reps\",\"region\":\"legs\",\"regions\":"
                  "[\"legs\"],\"sides\":\"none\",\"hold_s\":30,\"start_s\":180,") !=
        std::string::npos);
  CHECK(json.find('\x1b') == std::string::npos);
}

TEST_CASE("the routine list shows shadows and routines that do not load") {
  ListedRoutine mine{{"mine", Origin::user, "/u/mine.toml", {"builtin:mine", "/s/mine.toml"}},
                     two_steps()};
  ListedRoutine broken{{"broken", Origin::system, "/s/broken.toml", {}}, std::nullopt};
  const std::vector<ListedRoutine> routines{broken, mine};
  CHECK(format_routine_list(routines, Charset::utf8).utf8() ==
        "id        total  from      title\n"
        "broken        -  system    does not load: run 'knead check /s/broken.toml'\n"
        "mine       3:30  user      Evil \xEF\xBF\xBD]0;title\xEF\xBF\xBD\n"
        "        shadows the built-in mine\n"
        "        shadows /s/mine.toml\n");
  CHECK(routine_list_json(routines) ==
        "[{\"id\":\"broken\",\"title\":null,\"total_s\":null,\"origin\":\"system\",\"path\":\"/s/"
        "broken.toml\",\"shadows\":[],\"ok\":false},{\"id\":\"mine\",\"title\":\"Evil "
        "\xEF\xBF\xBD]0;title\xEF\xBF\xBD\",\"total_s\":210,\"origin\":\"user\",\"path\":\"/u/"
        "mine.toml\",\"shadows\":[\"builtin:mine\",\"/s/mine.toml\"],\"ok\":true}]\n");
}
