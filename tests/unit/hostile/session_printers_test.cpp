// A session whose routine text is hostile (as if it had skipped the loader's checks),
// through every printer of a session: plain lines, --events JSON Lines, cues
// (speech and notification argv) and the live screen.
#include "../ui/drain.hpp"
#include "check_safe.hpp"
#include "session/clock.hpp"
#include "session/engine.hpp"
#include "session/plan.hpp"
#include "ui/cues.hpp"
#include "ui/events_writer.hpp"
#include "ui/live.hpp"
#include "ui/plain.hpp"
#include "ui/screen.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <string_view>

using namespace knead;
using test::drain;
using test::hostile_strings;

namespace {

ui::CueOptions cue_options(voice::SoundMode sound, bool voice, bool notify) {
  ui::CueOptions options;
  options.sound = sound;
  options.voice = voice;
  options.notify = notify;
  return options;
}

struct Collect final : session::EventSink {
  void on_event(const session::Event &event) override { events.push_back(event); }
  std::vector<session::Event> events;
};

// Everything a session with `text` everywhere shows: its events and, when asked, a
// screen at each step of the way.
struct HostileSession {
  std::vector<session::Event> events;
  std::vector<ui::ScreenLine> screen_lines;
};

// The screen as it stands, in the usual size and in a tiny ASCII one; with
// `every_variant`, also large and under each overlay.
void render(const session::Engine &engine, HostileSession &seen, bool every_variant) {
  struct Variant {
    ui::Overlay overlay;
    ui::Size size;
    bool utf8;
  };
  std::vector<Variant> variants{{ui::Overlay::none, {80, 24}, true},
                                {ui::Overlay::none, {20, 5}, false}};
  if (every_variant) {
    variants.push_back({ui::Overlay::none, {200, 60}, true});
    variants.push_back({ui::Overlay::help, {80, 24}, true});
    variants.push_back({ui::Overlay::confirm_quit, {80, 24}, false});
  }
  for (const auto &variant : variants) {
    const auto model = ui::make_screen_model(engine.plan(), engine.state(), variant.overlay, false);
    for (auto &line : ui::render_screen(model, variant.size, variant.utf8)) {
      seen.screen_lines.push_back(std::move(line));
    }
  }
}

HostileSession run_hostile_session(const std::string &text, bool with_screens = false) {
  auto plan = session::make_plan(test::routine_full_of(text));
  plan.routine_id = text;
  plan.steps[0].cautions = {text};
  plan.steps[2].skipped = true;
  plan.steps[2].skip_reason = text;
  plan.steps[2].skip_explanation = text;
  plan.advice = {text};
  session::VirtualClock clock;
  Collect sink;
  session::Engine engine(plan, clock, sink);
  HostileSession seen;
  engine.start();
  bool paused_once = false;
  while (!engine.finished()) {
    if (with_screens) {
      render(engine, seen, !paused_once);
    }
    if (engine.state().waiting) {
      engine.handle(session::Input::confirm);
    } else if (!paused_once) {
      engine.handle(session::Input::pause);
      if (with_screens) {
        render(engine, seen, false);
      }
      engine.handle(session::Input::resume);
      paused_once = true;
    } else {
      if (const auto deadline = engine.next_deadline()) {
        clock.advance_to(*deadline);
      }
      engine.advance();
    }
  }
  if (with_screens) {
    render(engine, seen, false);
  }
  seen.events = std::move(sink.events);
  return seen;
}

// One event of every kind, each with `text` as its title, question id and text.
std::vector<session::Event> every_kind_of_event(const std::string &text) {
  std::vector<session::Event> events;
  for (int kind = 0; kind <= static_cast<int>(session::EventKind::restart); ++kind) {
    session::Event event;
    event.kind = static_cast<session::EventKind>(kind);
    event.step = 1;
    event.title = text;
    event.question_id = text;
    if (event.kind == session::EventKind::step_skipped) {
      event.skip_cause = session::SkippedByScreening{text};
    }
    event.text = text;
    event.rep = 1;
    event.duration = std::chrono::seconds(5);
    events.push_back(event);
  }
  return events;
}

std::vector<session::Event> all_events(const std::string &text) {
  auto events = run_hostile_session(text).events;
  for (auto &event : every_kind_of_event(text)) {
    events.push_back(std::move(event));
  }
  return events;
}

// What the live screen writes without colour, less its own control sequences:
// entering and leaving the alternate screen, hiding and showing the cursor, one
// clear, cursor moves to a row and column, erasing to the end of the line and one
// reset of attributes. A sequence from the routine text (\x1b[31m, \x1b[H, a
// second \x1b[2J) is left in and then caught.
std::string without_own_sequences(std::string written) {
  for (const std::string_view own :
       {"\x1b[?1049h", "\x1b[?25l", "\x1b[2J", "\x1b[0m", "\x1b[?25h", "\x1b[?1049l"}) {
    if (const auto at = written.find(own); at != std::string::npos) {
      written.erase(at, own.size());
    }
  }
  std::string rest;
  std::size_t i = 0;
  while (i < written.size()) {
    if (written.compare(i, 3, "\x1b[K") == 0) {
      i += 3;
      continue;
    }
    if (written.compare(i, 2, "\x1b[") == 0) {
      const auto end = written.find_first_not_of("0123456789;", i + 2);
      if (end != std::string::npos && written[end] == 'H' && written.find(';', i + 2) < end) {
        i = end + 1;
        continue;
      }
    }
    rest += written[i++];
  }
  return rest;
}

} // namespace

TEST_CASE("the session's plain lines stay plain with hostile routine text") {
  for (const auto &hostile : hostile_strings()) {
    const ui::PlainContext prompted{3, std::nullopt};
    const ui::PlainContext lead_in{3, std::chrono::seconds(5)};
    for (const auto &event : all_events(hostile.text)) {
      CHECK_SAFE_LINE(ui::format_plain_line(event, prompted), hostile);
      CHECK_SAFE_LINE(ui::format_plain_line(event, lead_in), hostile);
    }
  }
}

TEST_CASE("--events JSON Lines stay one valid, safe JSON object a line with hostile text") {
  for (const auto &hostile : hostile_strings()) {
    for (const auto &event : all_events(hostile.text)) {
      const auto line = ui::format_event_json(event);
      CHECK_SAFE_JSON(line, hostile);
      CHECK_SAFE_LINE(line, hostile);
    }
  }
}

TEST_CASE("cues speak and notify only sanitized text, one argument each") {
  for (const auto &hostile : hostile_strings()) {
    auto plan = session::make_plan(test::routine_full_of(hostile.text));
    plan.steps[0].cautions = {hostile.text};
    std::vector<std::vector<std::string>> spawned;
    Collect reported;
    session::VirtualClock clock;
    ui::CueSetup setup;
    setup.player = "pw-play";
    setup.chimes[voice::Chime::step_start] = "/run/knead/chime-step_start.wav";
    setup.speaker = "espeak-ng";
    ui::CuePorts ports{[] {},
                       [&spawned](const std::vector<std::string> &argv) {
                         spawned.push_back(argv);
                         return std::optional<int>(static_cast<int>(spawned.size()));
                       },
                       [](int) { return true; }, [](int) {}};
    ui::CuePlayer cues(plan, cue_options(voice::SoundMode::chime, true, true), setup, ports, clock,
                       1.0, [](const Text &) {});
    cues.set_report(&reported);
    for (const auto &event : all_events(hostile.text)) {
      if (const auto text = ui::cue_text(event)) {
        CHECK_SAFE_LINE(*text, hostile);
      }
      clock.advance_to(event.t);
      cues.on_event(event);
      for (int i = 0; i < 10; ++i) {
        cues.pump(std::nullopt);
      }
    }
    CHECK(spawned.size() > 10);
    for (const auto &argv : spawned) {
      for (const auto &argument : argv) {
        CHECK_SAFE_LINE(argument, hostile);
      }
    }
    CHECK_FALSE(reported.events.empty());
    for (const auto &event : reported.events) {
      const auto line = ui::format_event_json(event);
      CHECK_SAFE_JSON(line, hostile);
      CHECK_SAFE_LINE(line, hostile);
    }
  }
}

TEST_CASE("the live screen shows hostile routine text only as harmless characters") {
  for (const auto &hostile : hostile_strings()) {
    const auto seen = run_hostile_session(hostile.text, true);
    CHECK(seen.screen_lines.size() > 100);
    for (const auto &line : seen.screen_lines) {
      CHECK_SAFE_LINE(line.text, hostile);
    }
    // What reaches the terminal: the screen's own sequences and nothing else.
    int fds[2];
    REQUIRE(pipe2(fds, O_NONBLOCK) == 0);
    std::string written;
    {
      ui::LiveScreen screen(fds[1], false, Charset::utf8);
      std::vector<ui::ScreenLine> lines;
      for (const auto &line : seen.screen_lines) {
        lines.push_back(line);
        if (lines.size() == 24) {
          screen.draw(lines);
          written += drain(fds[0]);
          lines.clear();
        }
      }
    }
    written += drain(fds[0]);
    close(fds[0]);
    close(fds[1]);
    CHECK(written.find("\x1b[?1049h") != std::string::npos);
    CHECK_SAFE_LINE(without_own_sequences(written), hostile);
  }
}
