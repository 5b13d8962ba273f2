#include "routine/list_view.hpp"
#include "routine/plan_view.hpp"
#include "util/utf8.hpp"

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
  CHECK(format_plan(two_steps(), Charset::utf8, {true, 200}).utf8() ==
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
  // On a wide terminal the title column is at most 40 columns.
  const auto unicode = format_plan(routine, Charset::utf8, {true, 120}).utf8();
  CHECK(unicode.find("   0:00  1. Paraspinal muscles on both sides of \u2026  left, right") !=
        std::string::npos);
  const auto ascii = format_plan(routine, Charset::ascii, {true, 120}).utf8();
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

TEST_CASE("the plan fits its columns, and prints each step's where, how and before under it") {
  auto routine = two_steps();
  routine.steps[0].title = "Paraspinal muscles on both sides of the spine, from the ribs down";
  routine.steps[0].where = "Both sides of the spine";
  routine.steps[0].how = "Press down and inward";
  for (const std::size_t columns : {60U, 80U}) {
    CAPTURE(columns);
    // The table's lines: the texts under them are wrapped by the Output.
    const auto text = format_plan(routine, Charset::utf8, {false, columns}).utf8();
    std::size_t start = 0;
    while (start < text.size()) {
      const auto end = text.find('\n', start);
      const auto line = std::string_view(text).substr(start, end - start);
      if (!line.starts_with("         ")) {
        CHECK(knead::utf8::width(line) <= columns);
      }
      start = end + 1;
    }
  }
  CHECK(format_plan(routine, Charset::utf8, {false, 80})
            .utf8()
            .ends_with(
                "   0:00  1. Paraspinal muscles on \u2026  left, right  hips, buttocks  1:00      "
                "3:00\n"
                "         1. Paraspinal muscles on both sides of the spine, from the ribs down\n"
                "         Where: Both sides of the spine\n"
                "         How: Press down and inward\n"
                "         Before: Lie down\n"
                "\n"
                "   3:00  2. Circles                  none         legs BL40       5 x 6s    0:30\n"
                "\n"
                "Total 3:30\n"));
}
