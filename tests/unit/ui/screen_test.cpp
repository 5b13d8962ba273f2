#include "../session/fixtures.hpp"
#include "session/plan.hpp"
#include "ui/block_font.hpp"
#include "ui/live.hpp"
#include "ui/screen.hpp"
#include "util/utf8.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace knead;
using namespace std::chrono_literals;

namespace {

// The screen 70 s into the lower-back routine: holding the paraspinals, 1:00 left.
ui::ScreenModel holding(ui::Overlay overlay = ui::Overlay::none) {
  test::Harness h(test::lower_back());
  h.run_to(70);
  return ui::make_screen_model(h.engine.plan(), h.engine.state(), overlay, false);
}

std::string joined(const std::vector<ui::ScreenLine> &lines) {
  std::string text;
  for (const auto &line : lines) {
    text += line.text.utf8() + "\n";
  }
  return text;
}

void check_fits(const std::vector<ui::ScreenLine> &lines, ui::Size size) {
  CHECK(lines.size() == static_cast<std::size_t>(size.rows));
  for (const auto &line : lines) {
    CHECK(utf8::width(line.text.utf8()) <= static_cast<std::size_t>(size.columns));
  }
}

} // namespace

TEST_CASE("the full screen shows title, where, how, the big countdown, bars, next and keys") {
  const ui::Size size{100, 30};
  const auto lines = ui::render_screen(holding(), size);
  check_fits(lines, size);
  const auto text = joined(lines);
  CHECK(lines[0].text.utf8().starts_with("Lower back: paraspinals, hips, buttocks, then ice"));
  CHECK(lines[0].text.utf8().ends_with("step 1/4"));
  CHECK(lines[2].text.utf8() == "Paraspinal muscles");
  CHECK(lines[2].tone == ui::Tone::title);
  CHECK(text.find("Where: Both sides of the spine") == std::string::npos); // hand-made: no where
  CHECK(text.find("HOLD  1:00") != std::string::npos);
  // The countdown as large as the free rows allow: at least 8 rows here.
  int shown_scale = 0;
  for (int scale = 12; scale >= 1 && shown_scale == 0; --scale) {
    const auto big = ui::render_block_text("1:00", scale, true);
    if (std::all_of(big.begin(), big.end(), [&text](const std::string &row) {
          return text.find(row) != std::string::npos;
        })) {
      shown_scale = scale;
    }
  }
  CHECK(ui::block_size("1:00", shown_scale, true).rows >= 8);
  CHECK(text.find("step    [") != std::string::npos);
  CHECK(text.find("]  1:30 left") != std::string::npos); // as wide as the session's time
  CHECK(text.find("] 21:50 left") != std::string::npos);
  CHECK(text.find("Next: Hip points") != std::string::npos);
  CHECK(lines.back().text.utf8().starts_with("space pause"));
}

TEST_CASE("where and how are wrapped to the width") {
  auto model = holding();
  model.where = "Both sides of the spine, just above the hip bones";
  model.how = "Press down and inward with both thumbs toward the muscle's centre. Hold firmly.";
  const auto lines = ui::render_screen(model, {40, 30});
  check_fits(lines, {40, 30});
  const auto text = joined(lines);
  CHECK(text.find("Where: Both sides of the spine, just\nabove the hip bones\n") !=
        std::string::npos);
  CHECK(text.find("How: Press down") != std::string::npos);
}

TEST_CASE("text cut short ends in an ellipsis the terminal can show") {
  auto model = holding();
  model.routine_title = "Lower back: paraspinals, hips, buttocks, then ice, then a rest";
  model.how = "Press down and inward with both thumbs toward the muscle's centre, then hold "
              "firmly for as long as the countdown runs, breathing slowly all the while.";
  // Rows too few for the whole of how: it is cut to three lines.
  const ui::Size size{40, 17};
  const auto unicode = ui::render_screen(model, size, true);
  check_fits(unicode, size);
  CHECK(unicode[0].text == "Lower back: paraspinals, hips\u2026  step 1/4");
  CHECK(joined(unicode).find("\nhold firmly for as long as the countdow\u2026\n") !=
        std::string::npos);
  const auto ascii = ui::render_screen(model, size, false);
  check_fits(ascii, size);
  CHECK(ascii[0].text == "Lower back: paraspinals, hi...  step 1/4");
  CHECK(joined(ascii).find("\nhold firmly for as long as the countd...\n") != std::string::npos);
  CHECK(joined(ascii).find("\u2026") == std::string::npos);
}

TEST_CASE("small terminals drop the less important parts but keep title, countdown, keys") {
  for (const ui::Size size : {ui::Size{80, 24}, ui::Size{60, 15}, ui::Size{40, 10}, ui::Size{30, 8},
                              ui::Size{20, 5}, ui::Size{10, 2}}) {
    CAPTURE(size.columns);
    CAPTURE(size.rows);
    auto model = holding();
    model.how = "Press down and inward with both thumbs toward the muscle's centre.";
    const auto lines = ui::render_screen(model, size);
    check_fits(lines, size);
    const auto text = joined(lines);
    if (size.rows >= 5) {
      CHECK(text.find("Paraspinal") != std::string::npos);
      CHECK(text.find("HOLD") != std::string::npos);
    }
    if (size.rows >= 10) {
      CHECK(text.find("session") != std::string::npos);
    }
    CHECK(lines.back().text.utf8().starts_with("space"));
  }
}

TEST_CASE("paused, a prompt, quit and help each change the screen") {
  test::Harness h(test::lower_back());
  h.run_to(70);
  h.engine.handle(session::Input::toggle_pause);
  auto model = ui::make_screen_model(h.engine.plan(), h.engine.state(), ui::Overlay::none, false);
  auto lines = ui::render_screen(model, {80, 24});
  CHECK(joined(lines).find("HOLD  1:00  PAUSED") != std::string::npos);
  CHECK(lines.back().text.utf8().starts_with("PAUSED"));

  lines = ui::render_screen(holding(ui::Overlay::confirm_quit), {80, 24});
  CHECK(lines.back().text.utf8() == "Quit the session? y = quit, any other key = go on");
  CHECK(lines.back().tone == ui::Tone::warning);

  lines = ui::render_screen(holding(ui::Overlay::help), {80, 24});
  CHECK(lines[0].text.utf8() == "Keys");
  for (const auto &line : ui::key_help_lines(true)) {
    CHECK(joined(lines).find(line + "\n") != std::string::npos);
  }

  test::Harness ice(test::lower_back());
  ice.run_to(480);
  model = ui::make_screen_model(ice.engine.plan(), ice.engine.state(), ui::Overlay::none, false);
  lines = ui::render_screen(model, {80, 24});
  CHECK(joined(lines).find("BEFORE YOU START\nWrap an ice pack in a thin towel.") !=
        std::string::npos);
  CHECK(lines.back().text.utf8().starts_with("Enter or space when ready"));

  // Hands-free: the prompt counts down to going on by itself, and the keys still work.
  session::EngineOptions hands_free;
  hands_free.before_lead_in = std::chrono::seconds(10);
  test::Harness lead(test::lower_back(), hands_free);
  lead.run_to(483);
  model = ui::make_screen_model(lead.engine.plan(), lead.engine.state(), ui::Overlay::none, false);
  lines = ui::render_screen(model, {80, 24});
  CHECK(joined(lines).find("BEFORE YOU START  starting in 0:07\nWrap an ice pack") !=
        std::string::npos);
  CHECK(lines.back().text.utf8().starts_with("Enter or space when ready"));
}

TEST_CASE("routine text on screen is sanitised") {
  auto routine = test::lower_back();
  routine.steps[0].title = "Evil\x1b[2Jtitle";
  session::VirtualClock clock;
  test::Recorder recorder;
  session::Engine engine(session::make_plan(routine), clock, recorder);
  engine.start();
  const auto model = ui::make_screen_model(engine.plan(), engine.state(), ui::Overlay::none, false);
  CHECK(model.step_title.utf8() == "Evil\ufffd[2Jtitle");
}

TEST_CASE("the screen wakes at the next whole second of the countdown, not more often") {
  test::Harness h(test::lower_back());
  h.run_to(70.25);
  // 59.75 s left shows 1:00 until 59 s are left, 0.75 s from now.
  CHECK(ui::next_redraw(h.engine.state(), 70250ms) == 71000ms);
  h.engine.handle(session::Input::toggle_pause);
  CHECK_FALSE(ui::next_redraw(h.engine.state(), 70250ms).has_value());
}

TEST_CASE("bars fill by fraction") {
  CHECK(ui::progress_bar(0.5, 12, false) == "[#####-----]");
  CHECK(ui::progress_bar(0.0, 4, false) == "[--]");
  CHECK(ui::progress_bar(2.0, 4, false) == "[##]");
}

TEST_CASE("a screen model takes the last one's texts only while the steps are the same") {
  test::Harness h(test::lower_back());
  h.run_to(70);
  auto last = ui::make_screen_model(h.engine.plan(), h.engine.state(), ui::Overlay::none, false);
  last.where = "kept from the screen before";
  h.run_to(71);
  auto next =
      ui::make_screen_model(h.engine.plan(), h.engine.state(), ui::Overlay::none, false, &last);
  CHECK(next.where.utf8() == "kept from the screen before"); // same step: not sanitised again
  CHECK(next.state.phase_left < last.state.phase_left);      // but the time is new

  h.run_to(170); // the second step
  next = ui::make_screen_model(h.engine.plan(), h.engine.state(), ui::Overlay::none, false, &last);
  const auto fresh =
      ui::make_screen_model(h.engine.plan(), h.engine.state(), ui::Overlay::none, false);
  CHECK(next.step_title == fresh.step_title);
  CHECK(next.where == fresh.where);
  CHECK(next.next_title == fresh.next_title);
  CHECK(next.step_number == 2);
}

TEST_CASE("without UTF-8 the hint line and the help are ASCII, from the same key table") {
  const auto ascii = [](const std::string &text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  };
  for (const int columns : {100, 40}) {
    CAPTURE(columns);
    auto lines = ui::render_screen(holding(), {columns, 24}, false);
    CHECK(ascii(lines.back().text.utf8()));
    CHECK(lines.back().text.utf8() == ui::key_hints(ui::HintContext::running, columns, false));
    lines = ui::render_screen(holding(ui::Overlay::help), {columns, 24}, false);
    CHECK(ascii(joined(lines)));
    CHECK(joined(lines).find("n or Right") != std::string::npos);
  }
  const auto lines = ui::render_screen(holding(), {100, 24}, true);
  CHECK(lines.back().text.utf8() == ui::key_hints(ui::HintContext::running, 100, true));
}

namespace {

// The screen of the lower-back ice, `seconds` after its pack went on (at 8:00).
ui::ScreenModel on_ice(double seconds, bool paused = false) {
  test::Harness h(test::lower_back());
  h.run_to(480);
  h.engine.handle(session::Input::confirm);
  h.run_to(480 + seconds);
  if (paused) {
    h.engine.handle(session::Input::toggle_pause);
  }
  return ui::make_screen_model(h.engine.plan(), h.engine.state(), ui::Overlay::none, false);
}

} // namespace

TEST_CASE("an ice step shows its time on the skin, each skin check, and lift it off when paused") {
  auto model = on_ice(72);
  CHECK(model.skin_note.utf8() == "On the skin 1:12 (20:00 at most); check it every 5 minutes");
  CHECK_FALSE(model.skin_alert);
  auto text = joined(ui::render_screen(model, {80, 24}));
  CHECK(text.find("On the skin 1:12") != std::string::npos);

  model = on_ice(310); // 10 s after the first check
  CHECK(model.skin_note.utf8() ==
        "Check your skin under the ice pack: take it off if the skin has gone numb.");
  CHECK(model.skin_alert);
  const auto lines = ui::render_screen(model, {80, 24});
  const auto found = std::find_if(lines.begin(), lines.end(), [](const ui::ScreenLine &line) {
    return line.text.utf8().starts_with("Check your skin");
  });
  REQUIRE(found != lines.end());
  CHECK(found->tone == ui::Tone::warning);
  CHECK(on_ice(331).skin_note.utf8().starts_with("On the skin 5:31"));

  model = on_ice(400, true);
  CHECK(model.skin_note.utf8() == "Lift the ice pack off your skin until you go on.");
  CHECK(model.skin_alert);
  CHECK(joined(ui::render_screen(model, {80, 24})).find("Lift the ice pack off") !=
        std::string::npos);
}

TEST_CASE("pressing steps show the pressure guidance, ice does not") {
  auto model = holding();
  CHECK(model.guidance.utf8() == "Firm but comfortable; ease off if it hurts or tingling spreads.");
  CHECK(joined(ui::render_screen(model, {80, 24}))
            .find("Firm but comfortable; ease off if it hurts or tingling spreads.") !=
        std::string::npos);
  CHECK(on_ice(10).guidance.empty());
  CHECK(holding().skin_note.empty());
}

TEST_CASE("a step run in place of another says why, with its cautions") {
  auto routine = test::lower_back();
  routine::Step heat = routine.steps[3];
  heat.title = "Heat";
  heat.kind = routine::StepKind::heat;
  routine.steps[3].alternative = {heat};
  auto plan = session::make_plan(routine);
  REQUIRE(session::use_alternative(plan.steps[3], "cold_allergy", "no ice with a cold allergy"));
  plan.steps[3].cautions = {"gentle"};
  session::VirtualClock clock;
  test::Recorder recorder;
  session::Engine engine(plan, clock, recorder, {4, std::nullopt});
  engine.start();
  const auto model = ui::make_screen_model(engine.plan(), engine.state(), ui::Overlay::none, false);
  CHECK(model.cautions ==
        std::vector<Text>{"Heat in place of Ice: no ice with a cold allergy", "gentle"});
}

TEST_CASE("the step and session bars are as long as each other") {
  // 1:30 left in the step and 21:50 in the session: times of different widths.
  for (const int columns : {40, 80, 100, 200}) {
    CAPTURE(columns);
    const auto lines = ui::render_screen(holding(), {columns, 30});
    std::vector<std::string> bars;
    for (const auto &line : lines) {
      const auto text = line.text.utf8();
      if (text.starts_with("step    [") || text.starts_with("session [")) {
        bars.push_back(text);
      }
    }
    REQUIRE(bars.size() == 2);
    CHECK(bars[0].find(']') == bars[1].find(']'));
    CHECK(utf8::width(bars[0]) == utf8::width(bars[1]));
  }
}

TEST_CASE("after +15 s the step bar shows the longer step, partly filled") {
  test::Harness h(test::lower_back());
  h.run_to(70);
  h.engine.handle(session::Input::add_time);
  const auto model =
      ui::make_screen_model(h.engine.plan(), h.engine.state(), ui::Overlay::none, false);
  const auto lines = ui::render_screen(model, {100, 30}, false);
  std::string bar;
  for (const auto &line : lines) {
    if (line.text.utf8().starts_with("step    [")) {
      bar = line.text.utf8();
    }
  }
  CHECK(bar.ends_with("]  1:45 left"));
  CHECK(bar.find('#') != std::string::npos); // 70 of 175 s done
}

TEST_CASE("a warning during the session is shown on a line of the screen") {
  auto model = holding();
  model.warning = "cannot write the events file /dev/full: No space left on device";
  for (const ui::Size size : {ui::Size{100, 30}, ui::Size{40, 10}}) {
    const auto lines = ui::render_screen(model, size);
    check_fits(lines, size);
    const auto text = joined(lines);
    CHECK(text.find("Warning: cannot write the events file") != std::string::npos);
    const auto at = std::find_if(lines.begin(), lines.end(), [](const ui::ScreenLine &line) {
      return line.text.utf8().starts_with("Warning:");
    });
    REQUIRE(at != lines.end());
    CHECK(at->tone == ui::Tone::warning);
  }
}

TEST_CASE("a figure goes beside the instructions, which wrap in the columns left of it") {
  auto model = holding();
  model.where = "Both sides of the spine, just above the hip bones";
  model.how = "Press down and inward with both thumbs toward the muscle's centre. Hold firmly.";
  model.figure = {"  O  ", " /|\\ ", "  |  ", " / \\ "};
  const ui::Size size{100, 30};
  const auto room = ui::figure_room(size);
  REQUIRE(room.columns > 0);
  REQUIRE(room.rows >= 4);
  const auto lines = ui::render_screen(model, size);
  check_fits(lines, size);
  std::vector<std::string> asides;
  for (const auto &line : lines) {
    if (!line.aside.empty()) {
      CHECK(line.aside_column == size.columns - room.columns);
      CHECK(utf8::width(line.text.utf8()) + 2 <= static_cast<std::size_t>(line.aside_column));
      asides.push_back(line.aside.utf8());
    }
  }
  CHECK(asides == std::vector<std::string>{"  O  ", " /|\\ ", "  |  ", " / \\ "});
  // Too small a terminal has no room for it, and shows none.
  CHECK(ui::figure_room({40, 10}).columns == 0);
  for (const auto &line : ui::render_screen(model, {40, 10})) {
    CHECK(line.aside.empty());
  }
}
