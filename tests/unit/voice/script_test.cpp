#include "routine/builtin.hpp"
#include "routine/duration.hpp"
#include "routine/library.hpp"
#include "session/plan.hpp"
#include "voice/script.hpp"
#include "voice/script_view.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

using namespace knead;
using namespace std::chrono_literals;
using session::Event;
using session::EventKind;

namespace {

session::Plan builtin_plan(const std::string &id) {
  return session::make_plan(routine::Library(routine::builtin_routine_texts(), {}, {}).load(id));
}

// "M:SS kind text" per line, for exact assertions.
std::vector<std::string> rendered(const std::vector<voice::Line> &lines) {
  std::vector<std::string> out;
  for (const auto &line : lines) {
    out.push_back(routine::format_clock(std::chrono::duration_cast<std::chrono::seconds>(line.at)) +
                  " " + voice::to_string(line.kind) + " " + line.text);
  }
  return out;
}

} // namespace

TEST_CASE("the whole spoken script of lower-back") {
  const std::vector<std::string> expected{
      "0:00 session Lower back: paraspinals, hips, buttocks, then ice",
      "0:00 step Step one of four: Paraspinal muscles",
      "0:00 press Press in",
      "0:00 where Both sides of the spine, just above the hip bones",
      "0:00 how Press down and inward with both thumbs toward the muscle's centre. Hold firmly.",
      "0:00 guidance Firm but comfortable; ease off if it hurts or tingling spreads.",
      "0:10 hold Hold for two minutes",
      "1:10 halfway Halfway",
      "2:00 ten_seconds Ten seconds left",
      "2:10 release Release slowly",
      "2:40 step Step two of four: Hip points",
      "2:40 press Press in",
      "2:40 where A few inches out from the tailbone, over the dimples above the buttock muscles",
      "2:40 how Press down and inward with both thumbs toward the muscle's centre. Hold firmly.",
      "2:50 hold Hold for two minutes",
      "3:50 halfway Halfway",
      "4:40 ten_seconds Ten seconds left",
      "4:50 release Release slowly",
      "5:20 step Step three of four: Buttocks",
      "5:20 press Press in",
      "5:20 where The thick muscles of the buttocks, on both sides",
      "5:20 how Press down and inward with both thumbs toward the muscle's centre. Hold firmly.",
      "5:30 hold Hold for two minutes",
      "6:30 halfway Halfway",
      "7:20 ten_seconds Ten seconds left",
      "7:30 release Release slowly",
      "8:00 step Step four of four: Ice",
      "8:00 where The thicker back and hip muscles",
      "8:00 how Lie still with the wrapped ice pack on the sore area. Take it off if the skin goes "
      "numb.",
      "8:00 before Wrap an ice pack in a thin towel. Never put ice directly on skin. Press Enter "
      "when ready.",
      "8:00 hold Keep the ice on for fifteen minutes",
      "13:00 skin Check your skin under the ice pack: take it off if the skin has gone numb.",
      "15:30 halfway Halfway",
      "18:00 skin Check your skin under the ice pack: take it off if the skin has gone numb.",
      "22:50 ten_seconds Ten seconds left",
      "23:00 pack_off Take the ice pack off",
      "23:00 end Session complete",
  };
  CHECK(rendered(voice::spoken_script(builtin_plan("lower-back"))) == expected);
}

TEST_CASE("the whole spoken script of back-points") {
  const std::vector<std::string> expected{
      "0:00 session Back points: six acupressure point groups, five slow circles each",
      "0:00 step Step one of eight: Lower back: Sea of Vitality",
      "0:00 where Lower back, between the 2nd and 3rd lumbar vertebrae, four finger widths out "
      "from the spine on both sides (BL23 lies halfway between it and the spine). The tops of the "
      "hip bones are level with the 4th lumbar vertebra: count two bones up.",
      "0:00 how Both thumbs, one each side. Press down strongly but gently and make small slow "
      "circles until you feel a tingling.",
      "0:00 guidance Firm but comfortable; ease off if it hurts or tingling spreads.",
      "0:00 before If your back is weak, the article says to ask a health professional before "
      "pressing here. Press Enter when ready.",
      "0:00 count One",
      "0:06 count Two",
      "0:12 count Three",
      "0:18 count Four",
      "0:24 count Last one",
      "0:30 step Step two of eight: Foot: between the big and 2nd toes",
      "0:30 side Left side first",
      "0:30 count One",
      "0:30 where Top of the foot, between the bones of the big toe and the 2nd toe, in the hollow "
      "before they meet",
      "0:30 how Lying down, thumb on the top of the foot in the hollow between the bones. Small "
      "slow circles.",
      "0:36 count Two",
      "0:42 count Three",
      "0:48 count Four",
      "0:54 count Last one",
      "1:00 side_switch Switch to the right side",
      "1:00 count One",
      "1:06 count Two",
      "1:12 count Three",
      "1:18 count Four",
      "1:24 count Last one",
      "1:30 step Step three of eight: Foot: the sole",
      "1:30 side Left side first",
      "1:30 count One",
      "1:30 where Sole of the foot, in the deepest hollow when the toes curl, about a third of the "
      "way from the web between the 2nd and 3rd toes to the heel",
      "1:30 how Sitting, with the foot across your knee. Thumb in the hollow of the sole. Small "
      "slow circles.",
      "1:36 count Two",
      "1:42 count Three",
      "1:48 count Four",
      "1:54 count Last one",
      "2:00 side_switch Switch to the right side",
      "2:00 count One",
      "2:06 count Two",
      "2:12 count Three",
      "2:18 count Four",
      "2:24 count Last one",
      "2:30 step Step four of eight: Below the navel: Sea of Energy",
      "2:30 count One",
      "2:30 where On the midline, 1.5 B-cun (about two finger widths) below the navel",
      "2:30 how Two fingers, gentle pressure, small slow circles. Not on a full stomach.",
      "2:36 count Two",
      "2:42 count Three",
      "2:48 count Four",
      "2:54 count Last one",
      "3:00 step Step five of eight: Hip bone: Vitals and Womb",
      "3:00 where Buttock, level with the 2nd sacral hole, 3 B-cun (four finger widths) out from "
      "the middle of the sacrum, between the base of the buttocks and the top of the hip bone",
      "3:00 how Both thumbs, one each side, between the base of the buttocks and the top of the "
      "hip bone. Small slow circles.",
      "3:00 before The article advises asking a health professional before pressing the hip-bone "
      "points. Press Enter when ready.",
      "3:00 count One",
      "3:06 count Two",
      "3:12 count Three",
      "3:18 count Four",
      "3:24 count Last one",
      "3:30 step Step six of eight: Back of the knee: Commanding Middle",
      "3:30 side Left side first",
      "3:30 count One",
      "3:30 where Back of the knee, in the middle of the crease",
      "3:30 how Fingertips in the centre of the crease. Light pressure only, small slow circles. "
      "Not over varicose veins.",
      "3:36 count Two",
      "3:42 count Three",
      "3:48 count Four",
      "3:54 count Last one",
      "4:00 side_switch Switch to the right side",
      "4:00 count One",
      "4:06 count Two",
      "4:12 count Three",
      "4:18 count Four",
      "4:24 count Last one",
      "4:30 step Step seven of eight: Hand: between thumb and index finger",
      "4:30 side Left side first",
      "4:30 count One",
      "4:30 where Back of the hand, in the web between the thumb and index finger, beside the "
      "middle of the 2nd hand bone",
      "4:30 how Thumb of the other hand on the web, finger underneath. Small slow circles.",
      "4:36 count Two",
      "4:42 count Three",
      "4:48 count Four",
      "4:54 count Last one",
      "5:00 side_switch Switch to the right side",
      "5:00 count One",
      "5:06 count Two",
      "5:12 count Three",
      "5:18 count Four",
      "5:24 count Last one",
      "5:30 step Step eight of eight: Hand: between the 4th and 5th fingers",
      "5:30 side Left side first",
      "5:30 count One",
      "5:30 where Back of the hand, between the 4th and 5th hand bones, just behind the 4th "
      "knuckle",
      "5:30 how Thumb of the other hand just behind the knuckles, between the two bones. Small "
      "slow circles.",
      "5:36 count Two",
      "5:42 count Three",
      "5:48 count Four",
      "5:54 count Last one",
      "6:00 side_switch Switch to the right side",
      "6:00 count One",
      "6:06 count Two",
      "6:12 count Three",
      "6:18 count Four",
      "6:24 count Last one",
      "6:30 end Session complete",
  };
  CHECK(rendered(voice::spoken_script(builtin_plan("back-points"))) == expected);
}

TEST_CASE("the whole spoken script of tennis-ball-hips") {
  const std::vector<std::string> expected{
      "0:00 session Tennis ball on the hips: roll the gluteus medius, left then right",
      "0:00 step Step one of one: Gluteus medius",
      "0:00 where The back side of the hip: below the top edge of the hip bone, above and to the "
      "side of the buttock",
      "0:00 how Lean into the ball against a wall (or lie on it on the floor) and roll it slowly "
      "across the muscle. Ease off anywhere that hurts sharply.",
      "0:00 guidance Firm but comfortable; ease off if it hurts or tingling spreads.",
      "0:00 before Fetch a tennis ball or a similar hard ball. Press Enter when ready.",
      "0:00 side Left side first",
      "0:00 hold Roll for two minutes",
      "0:00 cue Slow rolls, steady breathing.",
      "1:00 halfway Halfway",
      "1:50 ten_seconds Ten seconds left",
      "2:00 side_switch Switch to the right side",
      "2:00 hold Roll for two minutes",
      "2:00 cue Slow rolls, steady breathing.",
      "3:00 halfway Halfway",
      "3:50 ten_seconds Ten seconds left",
      "4:00 end Session complete",
  };
  CHECK(rendered(voice::spoken_script(builtin_plan("tennis-ball-hips"))) == expected);
}

TEST_CASE("a screened plan's skips, cautions and alternatives are spoken with their step") {
  auto plan = builtin_plan("lower-back");
  plan.steps[1].skipped = true;
  plan.steps[1].skip_reason = "skin_hips";
  plan.steps[1].skip_explanation = "not over broken or irritated skin";
  plan.steps[2].cautions = {"gentle pressure only"};
  REQUIRE(session::use_alternative(plan.steps[3], "cold_sensitive", "cold makes it worse"));
  const auto lines = rendered(voice::spoken_script(plan));
  const auto has = [&](const std::string &wanted) {
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
  };
  CHECK(has("2:40 skipped Skipping Hip points: not over broken or irritated skin"));
  CHECK(has("2:40 step Step three of four: Buttocks"));
  CHECK(has("2:40 caution Caution: gentle pressure only"));
  CHECK(has("5:20 step Step four of four: Heat"));
  CHECK(has("5:20 alternative Instead of Ice: cold makes it worse"));
  CHECK(has("5:20 hold Keep the heat on for fifteen minutes"));
  CHECK(has("20:20 pack_off Take the heat pack off"));
  CHECK(lines.back() == "20:20 end Session complete");
}

TEST_CASE("a pause and a resume are acknowledged, an ice step's pause asks to lift the pack") {
  const auto plan = builtin_plan("lower-back");
  CHECK(rendered(voice::pause_lines(plan, 1)) ==
        std::vector<std::string>{"0:00 paused Paused", "0:00 resumed Going on"});
  CHECK(voice::pause_lines(plan, 4).front().text ==
        "Paused. Lift the ice pack off your skin until you go on.");
}

TEST_CASE("halfway and ten seconds left are marks inside their phase, the rest is not") {
  for (const auto &line : voice::spoken_script(builtin_plan("lower-back"))) {
    CHECK(line.in_phase ==
          (line.kind == voice::LineKind::halfway || line.kind == voice::LineKind::ten_seconds));
  }
}

TEST_CASE("long readings carry a short form, without parentheses, to the first full stop") {
  const auto script = voice::spoken_script(builtin_plan("back-points"));
  const auto where = std::find_if(script.begin(), script.end(), [](const voice::Line &line) {
    return line.kind == voice::LineKind::where;
  });
  REQUIRE(where != script.end());
  CHECK(where->short_text == "Lower back, between the 2nd and 3rd lumbar vertebrae, four finger "
                             "widths out from the spine on both sides.");
  const auto step = std::find_if(script.begin(), script.end(), [](const voice::Line &line) {
    return line.kind == voice::LineKind::step;
  });
  CHECK(step->short_text.empty());
}

TEST_CASE("a restarted step reads its title, where and how again, an ended session says so") {
  const auto plan = builtin_plan("lower-back");
  voice::Narrator narrator(plan);
  Event start;
  start.kind = EventKind::step_start;
  start.step = 1;
  start.t = 30s;
  CHECK(narrator.lines_for(start).size() == 4); // title, where, how, guidance
  const auto again = narrator.lines_for(start);
  REQUIRE(again.size() == 3); // the guidance only once a session
  CHECK(again[0].text == "Step one of four: Paraspinal muscles");
  Event end;
  end.kind = EventKind::session_end;
  end.ending = session::SessionEnding{session::Outcome::quit};
  CHECK(narrator.lines_for(end).front().text == "Session ended");
}

TEST_CASE("a hands-free before prompt says when it goes on by itself") {
  const auto plan = builtin_plan("lower-back");
  voice::Narrator narrator(plan);
  Event prompt;
  prompt.kind = EventKind::before_prompt;
  prompt.step = 4;
  prompt.t = 8min;
  prompt.text = "Wrap an ice pack.";
  prompt.duration = 10s;
  const auto lines = narrator.lines_for(prompt);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[lines.size() - 2].text == "Wrap an ice pack.");
  CHECK(lines.back().text == "Ready? Starting in ten seconds.");
  CHECK(lines.back().at == 8min);
  prompt.duration = 0s;
  voice::Narrator waiting(plan);
  CHECK(waiting.lines_for(prompt).back().text == "Wrap an ice pack. Press Enter when ready.");
}

TEST_CASE("the phrases rendered ahead hold both forms of a before prompt") {
  // A phrase not rendered ahead is spoken late, or not at all: the hands-free prompt
  // reads the routine's text alone, the waiting one adds how to go on.
  const auto plan = builtin_plan("lower-back");
  const auto phrases = voice::phrases_of(plan);
  const auto has = [&](const std::string &text) {
    return std::find(phrases.begin(), phrases.end(), text) != phrases.end();
  };
  const std::string before = "Wrap an ice pack in a thin towel. Never put ice directly on skin.";
  CHECK(has(before));
  CHECK(has(before + " Press Enter when ready."));
}
