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
      "0:00 get_ready Get ready",
      "0:00 where Both sides of the spine, just above the hip bones",
      "0:00 how Press down and inward with both thumbs toward the muscle's centre. Hold firmly.",
      "0:00 guidance Firm but comfortable; ease off if it hurts or tingling spreads.",
      "0:05 press Press in",
      "0:15 hold Hold for two minutes",
      "1:15 halfway Halfway",
      "2:05 ten_seconds Ten seconds left",
      "2:15 release Release slowly",
      "2:45 step Step two of four: Hip points",
      "2:45 get_ready Get ready",
      "2:45 where A few inches out from the tailbone, over the dimples above the buttock muscles",
      "2:45 how Press down and inward with both thumbs toward the muscle's centre. Hold firmly.",
      "2:50 press Press in",
      "3:00 hold Hold for two minutes",
      "4:00 halfway Halfway",
      "4:50 ten_seconds Ten seconds left",
      "5:00 release Release slowly",
      "5:30 step Step three of four: Buttocks",
      "5:30 get_ready Get ready",
      "5:30 where The thick muscles of the buttocks, on both sides",
      "5:30 how Press down and inward with both thumbs toward the muscle's centre. Hold firmly.",
      "5:35 press Press in",
      "5:45 hold Hold for two minutes",
      "6:45 halfway Halfway",
      "7:35 ten_seconds Ten seconds left",
      "7:45 release Release slowly",
      "8:15 step Step four of four: Ice",
      "8:15 where The thicker back and hip muscles",
      "8:15 how Lie still with the wrapped ice pack on the sore area. Take it off if the skin goes "
      "numb.",
      "8:15 before Wrap an ice pack in a thin towel. Never put ice directly on skin. Press Enter "
      "when ready.",
      "8:15 hold Keep the ice on for fifteen minutes",
      "13:15 skin Check your skin under the ice pack: take it off if the skin has gone numb.",
      "15:45 halfway Halfway",
      "18:15 skin Check your skin under the ice pack: take it off if the skin has gone numb.",
      "23:05 ten_seconds Ten seconds left",
      "23:15 pack_off Take the ice pack off",
      "23:15 end Session complete",
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
      "0:00 get_ready Get ready",
      "0:05 count One",
      "0:11 count Two",
      "0:17 count Three",
      "0:23 count Four",
      "0:29 count Last one",
      "0:35 step Step two of eight: Foot: between the big and 2nd toes",
      "0:35 side Left side first",
      "0:35 get_ready Get ready",
      "0:35 where Top of the foot, between the bones of the big toe and the 2nd toe, in the hollow "
      "before they meet",
      "0:35 how Lying down, thumb on the top of the foot in the hollow between the bones. Small "
      "slow circles.",
      "0:40 count One",
      "0:46 count Two",
      "0:52 count Three",
      "0:58 count Four",
      "1:04 count Last one",
      "1:10 side_switch Switch to the right side",
      "1:10 get_ready Get ready",
      "1:15 count One",
      "1:21 count Two",
      "1:27 count Three",
      "1:33 count Four",
      "1:39 count Last one",
      "1:45 step Step three of eight: Foot: the sole",
      "1:45 side Left side first",
      "1:45 get_ready Get ready",
      "1:45 where Sole of the foot, in the deepest hollow when the toes curl, about a third of the "
      "way from the web between the 2nd and 3rd toes to the heel",
      "1:45 how Sitting, with the foot across your knee. Thumb in the hollow of the sole. Small "
      "slow circles.",
      "1:50 count One",
      "1:56 count Two",
      "2:02 count Three",
      "2:08 count Four",
      "2:14 count Last one",
      "2:20 side_switch Switch to the right side",
      "2:20 get_ready Get ready",
      "2:25 count One",
      "2:31 count Two",
      "2:37 count Three",
      "2:43 count Four",
      "2:49 count Last one",
      "2:55 step Step four of eight: Below the navel: Sea of Energy",
      "2:55 get_ready Get ready",
      "2:55 where On the midline, 1.5 B-cun (about two finger widths) below the navel",
      "2:55 how Two fingers, gentle pressure, small slow circles. Not on a full stomach.",
      "3:00 count One",
      "3:06 count Two",
      "3:12 count Three",
      "3:18 count Four",
      "3:24 count Last one",
      "3:30 step Step five of eight: Hip bone: Vitals and Womb",
      "3:30 where Buttock, level with the 2nd sacral hole, 3 B-cun (four finger widths) out from "
      "the middle of the sacrum, between the base of the buttocks and the top of the hip bone",
      "3:30 how Both thumbs, one each side, between the base of the buttocks and the top of the "
      "hip bone. Small slow circles.",
      "3:30 before The article advises asking a health professional before pressing the hip-bone "
      "points. Press Enter when ready.",
      "3:30 get_ready Get ready",
      "3:35 count One",
      "3:41 count Two",
      "3:47 count Three",
      "3:53 count Four",
      "3:59 count Last one",
      "4:05 step Step six of eight: Back of the knee: Commanding Middle",
      "4:05 side Left side first",
      "4:05 get_ready Get ready",
      "4:05 where Back of the knee, in the middle of the crease",
      "4:05 how Fingertips in the centre of the crease. Light pressure only, small slow circles. "
      "Not over varicose veins.",
      "4:10 count One",
      "4:16 count Two",
      "4:22 count Three",
      "4:28 count Four",
      "4:34 count Last one",
      "4:40 side_switch Switch to the right side",
      "4:40 get_ready Get ready",
      "4:45 count One",
      "4:51 count Two",
      "4:57 count Three",
      "5:03 count Four",
      "5:09 count Last one",
      "5:15 step Step seven of eight: Hand: between thumb and index finger",
      "5:15 side Left side first",
      "5:15 get_ready Get ready",
      "5:15 where Back of the hand, in the web between the thumb and index finger, beside the "
      "middle of the 2nd hand bone",
      "5:15 how Thumb of the other hand on the web, finger underneath. Small slow circles.",
      "5:20 count One",
      "5:26 count Two",
      "5:32 count Three",
      "5:38 count Four",
      "5:44 count Last one",
      "5:50 side_switch Switch to the right side",
      "5:50 get_ready Get ready",
      "5:55 count One",
      "6:01 count Two",
      "6:07 count Three",
      "6:13 count Four",
      "6:19 count Last one",
      "6:25 step Step eight of eight: Hand: between the 4th and 5th fingers",
      "6:25 side Left side first",
      "6:25 get_ready Get ready",
      "6:25 where Back of the hand, between the 4th and 5th hand bones, just behind the 4th "
      "knuckle",
      "6:25 how Thumb of the other hand just behind the knuckles, between the two bones. Small "
      "slow circles.",
      "6:30 count One",
      "6:36 count Two",
      "6:42 count Three",
      "6:48 count Four",
      "6:54 count Last one",
      "7:00 side_switch Switch to the right side",
      "7:00 get_ready Get ready",
      "7:05 count One",
      "7:11 count Two",
      "7:17 count Three",
      "7:23 count Four",
      "7:29 count Last one",
      "7:35 end Session complete",
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
      "0:00 get_ready Get ready",
      "0:05 hold Roll for two minutes",
      "0:05 cue Slow rolls, steady breathing.",
      "1:05 halfway Halfway",
      "1:55 ten_seconds Ten seconds left",
      "2:05 side_switch Switch to the right side",
      "2:05 get_ready Get ready",
      "2:10 hold Roll for two minutes",
      "2:10 cue Slow rolls, steady breathing.",
      "3:10 halfway Halfway",
      "4:00 ten_seconds Ten seconds left",
      "4:10 end Session complete",
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
  CHECK(has("2:45 skipped Skipping Hip points: not over broken or irritated skin"));
  CHECK(has("2:45 step Step three of four: Buttocks"));
  CHECK(has("2:45 caution Caution: gentle pressure only"));
  CHECK(has("5:30 step Step four of four: Heat"));
  CHECK(has("5:30 alternative Instead of Ice: cold makes it worse"));
  CHECK(has("5:30 hold Keep the heat on for fifteen minutes"));
  CHECK(has("20:30 pack_off Take the heat pack off"));
  CHECK(lines.back() == "20:30 end Session complete");
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
