// Where the terminal takes no UTF-8, every byte of the live screen is ASCII, in every
// state it has: each phase (press, hold, repetitions, release, on each side, ice),
// the `before` prompt, paused, the help overlay, the quit question and the end, on
// every size, with routine text full of characters outside ASCII.
#include "../session/fixtures.hpp"
#include "drain.hpp"
#include "session/plan.hpp"
#include "ui/live.hpp"
#include "ui/screen.hpp"
#include "util/utf8.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

using namespace knead;

namespace {

constexpr std::string_view k_wide =
    "\u00c9tirement \u2014 \u00ab dos \u00bb \u2192 hanches \u2026 \u041b\u0438\u0441\u0442 "
    "\xF0\x9F\x98\x80 caf\u00e9 ";

std::string repeated(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) {
    out += text;
  }
  return out;
}

session::Plan plan_full_of_wide_text() {
  auto routine = test::every_phase();
  routine.title = repeated(k_wide, 4);
  for (auto &step : routine.steps) {
    step.title = repeated(k_wide, 3);
    step.where = repeated(k_wide, 5);
    step.how = repeated(k_wide, 6);
    if (!step.before.empty()) {
      step.before = repeated(k_wide, 5);
    }
  }
  auto plan = session::make_plan(routine);
  plan.steps[0].cautions = {repeated(k_wide, 3)};
  return plan;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

struct Seen {
  std::vector<ui::ScreenLine> lines;
  int failures = 0;
};

void render_every_way(const session::Engine &engine, Seen &seen) {
  for (const auto overlay : {ui::Overlay::none, ui::Overlay::help, ui::Overlay::confirm_quit}) {
    for (const ui::Size size :
         {ui::Size{80, 24}, ui::Size{200, 60}, ui::Size{40, 10}, ui::Size{20, 5}, ui::Size{5, 2}}) {
      for (const bool lead_in : {false, true}) {
        const auto model = ui::make_screen_model(engine.plan(), engine.state(), overlay, lead_in);
        const auto lines = ui::render_screen(model, size, false);
        for (const auto &line : lines) {
          const auto &text = line.text.utf8();
          if (!is_ascii(text) || utf8::width(text) > static_cast<std::size_t>(size.columns)) {
            ++seen.failures;
            FAIL_CHECK("not ASCII or too wide at ", size.columns, "x", size.rows, ": ", text);
          }
          seen.lines.push_back(line);
        }
      }
    }
  }
}

} // namespace

TEST_CASE("in ASCII every live screen state is ASCII and fits the terminal") {
  session::VirtualClock clock;
  test::Recorder recorder;
  session::Engine engine(plan_full_of_wide_text(), clock, recorder);
  Seen seen;
  engine.start();
  bool paused_once = false;
  while (!engine.finished()) {
    render_every_way(engine, seen);
    if (engine.state().waiting) {
      engine.handle(session::Input::confirm);
    } else if (!paused_once) {
      engine.handle(session::Input::toggle_pause);
      render_every_way(engine, seen);
      engine.handle(session::Input::toggle_pause);
      paused_once = true;
    } else {
      clock.advance(session::Ms{2500});
      engine.advance();
    }
  }
  render_every_way(engine, seen);
  CHECK(seen.failures == 0);
  // Every state was on screen: each phase, each side, the prompt, paused, the
  // overlays and the end.
  std::string all;
  for (const auto &line : seen.lines) {
    all += line.text.utf8() + "\n";
  }
  for (const std::string_view shown : {"PRESS IN - left side",
                                       "HOLD - right side",
                                       "CIRCLE 2 OF 3",
                                       "RELEASE GRADUALLY",
                                       "BEFORE YOU START",
                                       "PAUSED",
                                       "SESSION COMPLETE",
                                       "Keys",
                                       "n or Right",
                                       "b or Left",
                                       "Quit the session? y = quit",
                                       "space pause | n next",
                                       "Enter or space when ready | n skip",
                                       "PAUSED | space resume",
                                       "Caution: ",
                                       "Where: ",
                                       "How: ",
                                       "Next: ",
                                       "...",
                                       "#"}) {
    CHECK_MESSAGE(all.find(shown) != std::string::npos, "never shown: ", shown);
  }

  // And what the live screen writes for them, colour and all.
  int fds[2];
  REQUIRE(pipe2(fds, O_NONBLOCK) == 0);
  std::string written;
  {
    ui::LiveScreen screen(fds[1], true, Charset::ascii);
    std::vector<ui::ScreenLine> frame;
    for (const auto &line : seen.lines) {
      frame.push_back(line);
      if (frame.size() == 24) {
        screen.draw(frame);
        written += test::drain(fds[0]);
        frame.clear();
      }
    }
  }
  written += test::drain(fds[0]);
  close(fds[0]);
  close(fds[1]);
  CHECK(written.size() > 10000);
  CHECK(is_ascii(written));
}

TEST_CASE("the live screen writes ASCII even when given lines that are not") {
  int fds[2];
  REQUIRE(pipe2(fds, O_NONBLOCK) == 0);
  {
    ui::LiveScreen screen(fds[1], false, Charset::ascii);
    test::drain(fds[0]);
    screen.draw({{Text("n or \u2192  next \u00b7 \u2588\u2591"), ui::Tone::normal}});
    CHECK(test::drain(fds[0]) == "\x1b[1;1Hn or ->  next - #-\x1b[K");
  }
  close(fds[0]);
  close(fds[1]);
}
