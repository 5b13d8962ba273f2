// The live screen of every stage, at 40x10, 80x24, 100x30 and 200x50, in UTF-8 and in
// ASCII, with and without colour, compared with the snapshots in
// tests/data/screens/. After a change to the screen that is meant, rewrite them with
// KNEAD_UPDATE_SNAPSHOTS=1 (docs/contributing.md) and read the difference in git.
#include "../session/fixtures.hpp"
#include "session/plan.hpp"
#include "ui/live.hpp"
#include "ui/screen.hpp"
#include "unit/snapshot.hpp"
#include "util/utf8.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <functional>
#include <string>
#include <vector>

using namespace knead;
using namespace std::chrono_literals;

namespace {

// A: left then right (press 10 s, hold 20 s, release 10 s a side), B: 5 circles of
// 6 s and a 5 s release, C: ice behind a prompt (60 s), D: heat (60 s), E: rest (30 s).
routine::Routine snapshot_routine() {
  routine::Routine routine;
  routine.id = "snapshots";
  routine.title = "Lower back: paraspinals, hips, buttocks, then ice";
  routine::Step a;
  a.title = "Paraspinal muscles, both sides of the lower spine, slowly";
  a.where = "Both sides of the spine, a thumb's width out, just above the hip bones";
  a.how = "Press down and inward with both thumbs toward the muscle's centre; lean in with "
          "your body weight rather than squeezing, and breathe out as you press.";
  a.press = 10s;
  a.hold = 20s;
  a.release = 10s;
  a.sides = routine::Sides::left_then_right;
  routine::Step b;
  b.title = "Small circles on the hip points";
  b.kind = routine::StepKind::reps;
  b.where = "In the hollow beside the top of each hip bone";
  b.how = "Small slow circles with two fingers, firm but never painful.";
  b.reps = 5;
  b.rep = 6s;
  b.release = 5s;
  routine::Step c;
  c.title = "Ice";
  c.kind = routine::StepKind::ice;
  c.before = "Wrap the ice pack in a thin towel. Never put ice directly on skin.";
  c.hold = 60s;
  c.sides = routine::Sides::none;
  routine::Step d;
  d.title = "Warmth";
  d.kind = routine::StepKind::heat;
  d.hold = 60s;
  d.sides = routine::Sides::none;
  routine::Step e;
  e.title = "Rest";
  e.kind = routine::StepKind::rest;
  e.hold = 30s;
  e.sides = routine::Sides::none;
  routine.steps = {a, b, c, d, e};
  return routine;
}

ui::ScreenModel model_at(test::Harness &h) {
  return ui::make_screen_model(h.engine.plan(), h.engine.state(), ui::Overlay::none, false);
}

// The harness at `seconds`, after `keys` at that moment.
ui::ScreenModel at(double seconds, const std::vector<session::Input> &keys = {}, double after = 0) {
  test::Harness h(snapshot_routine());
  h.run_to(seconds);
  for (const auto key : keys) {
    h.engine.handle(key);
  }
  h.run_to(seconds + after);
  return model_at(h);
}

struct Case {
  const char *name;
  std::function<ui::ScreenModel()> model;
};

const std::vector<Case> &cases() {
  using session::Input;
  static const std::vector<Case> list{
      // No phase of the engine is a get-ready or a switch of sides yet: their look on
      // the screen of the hold.
      {"get_ready",
       [] {
         auto model = at(15.5);
         model.stage = ui::Stage::get_ready;
         return model;
       }},
      {"press", [] { return at(5); }},
      {"hold", [] { return at(15.5); }},
      {"release", [] { return at(35); }},
      {"switch_sides",
       [] {
         auto model = at(42);
         model.stage = ui::Stage::switch_sides;
         return model;
       }},
      {"circle", [] { return at(87); }},
      {"before", [] { return at(118); }},
      {"ice", [] { return at(118, {Input::confirm}, 10); }},
      {"heat", [] { return at(118, {Input::confirm}, 70); }},
      {"rest", [] { return at(118, {Input::confirm}, 130); }},
      {"paused", [] { return at(15.5, {Input::toggle_pause}, 3); }},
      {"done", [] { return at(118, {Input::confirm}, 200); }},
  };
  return list;
}

// Escapes shown as "\e", so that the snapshot reads as text.
std::string visible(std::string text) {
  for (auto at = text.find('\x1b'); at != std::string::npos; at = text.find('\x1b', at)) {
    text.replace(at, 1, "\\e");
  }
  return text;
}

} // namespace

TEST_CASE("the live screen of every stage at every size matches its snapshot") {
  for (const auto &each : cases()) {
    CAPTURE(std::string(each.name));
    const auto model = each.model();
    std::string shown;
    for (const ui::Size size :
         {ui::Size{40, 10}, ui::Size{80, 24}, ui::Size{100, 30}, ui::Size{200, 50}}) {
      for (const bool utf8 : {true, false}) {
        const auto lines = ui::render_screen(model, size, utf8);
        REQUIRE(lines.size() == static_cast<std::size_t>(size.rows));
        for (const bool color : {false, true}) {
          shown += fmt::format("=== {}x{} {} {} ===\n", size.columns, size.rows,
                               utf8 ? "utf-8" : "ascii", color ? "colour" : "no colour");
          for (const auto &line : lines) {
            CHECK(utf8::width(line.text.utf8()) <= static_cast<std::size_t>(size.columns));
            shown +=
                visible(ui::styled_line(line, color, utf8 ? Charset::utf8 : Charset::ascii)) + "\n";
          }
        }
      }
    }
    test::check_snapshot(fmt::format("screens/{}.txt", each.name), shown);
  }
}

TEST_CASE("every phase has its own colour, large label and bar pattern") {
  const ui::Stage phases[] = {ui::Stage::get_ready, ui::Stage::press,        ui::Stage::hold,
                              ui::Stage::release,   ui::Stage::switch_sides, ui::Stage::rest,
                              ui::Stage::ice,       ui::Stage::heat};
  for (const auto one : phases) {
    const auto &look = ui::look_of(one);
    CHECK_FALSE(look.label.empty());
    CHECK(utf8::width(look.fill) == 1);
    CHECK(look.ascii_fill.size() == 1);
    for (const auto other : phases) {
      if (one == other) {
        continue;
      }
      CHECK(look.label != ui::look_of(other).label);
      CHECK(look.hue != ui::look_of(other).hue);
      CHECK(look.fill != ui::look_of(other).fill);
      CHECK(look.ascii_fill != ui::look_of(other).ascii_fill);
    }
  }
}
