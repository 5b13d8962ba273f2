// The session loop on a virtual clock, a scripted waiter and a fake terminal: keys,
// overlays, redraws, suspend, signals, a failing wait and resizes, each at an exact
// session time, with no sleep anywhere. The lower-back routine: steps 1-3 press 10 s,
// hold 2 min, release 30 s; step 4 is ice behind a `before` prompt.
#include "../session/fixtures.hpp"
#include "fake_session.hpp"
#include "session/plan.hpp"
#include "ui/keys.hpp"
#include "ui/session_loop.hpp"
#include "util/utf8.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>

using namespace knead;
using namespace std::chrono_literals;
using session::Ms;

namespace {

struct Mode {
  bool keyboard = true;
  bool live = true;
};

// One session: the engine and the loop's three pieces, wired as run_session does.
struct Rig {
  explicit Rig(Mode mode = {}, const routine::Routine &routine = test::lower_back())
      : terminal(clock, mode.keyboard, mode.live), waiter(clock, terminal),
        engine(session::make_plan(routine), clock, events,
               {1, mode.keyboard ? std::nullopt : std::optional<Ms>(10s)}) {}

  ui::LoopEnd run(double speed = 1.0) {
    ui::SessionLoop loop(engine, clock, waiter, terminal, {speed, [this] { ++after_wakes; }, {}});
    return loop.run();
  }

  // The frames drawn from `from` to before `to` (seconds of session time).
  [[nodiscard]] int frames_between(double from, double to) const {
    return static_cast<int>(std::count_if(terminal.frames.begin(), terminal.frames.end(),
                                          [&](const test::FakeTerminal::Frame &f) {
                                            return f.at >= Ms{static_cast<long>(from * 1000)} &&
                                                   f.at < Ms{static_cast<long>(to * 1000)};
                                          }));
  }

  // The last frame drawn at or before `seconds`, one string a line.
  [[nodiscard]] std::string screen_at(double seconds) const {
    std::string text;
    for (const auto &frame : terminal.frames) {
      if (frame.at <= Ms{static_cast<long>(seconds * 1000)}) {
        text.clear();
        for (const auto &line : frame.lines) {
          text += line.text.utf8() + "\n";
        }
      }
    }
    return text;
  }

  [[nodiscard]] std::string last_event() const { return events.lines().back(); }

  session::VirtualClock clock;
  test::Recorder events;
  test::FakeTerminal terminal;
  test::ScriptedWaiter waiter;
  session::Engine engine;
  int after_wakes = 0;
};

bool contains(const std::string &text, const std::string &part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("space pauses the session and the countdown, and space again resumes it") {
  Rig rig;
  rig.waiter.keys(30, " ").keys(90, " ").keys(100, "q").keys(101, "y");
  const auto end = rig.run();
  CHECK(end.exit_code == 4);
  CHECK(rig.events.kinds(session::EventKind::paused) == std::vector<std::string>{"30000 paused 1"});
  CHECK(rig.events.kinds(session::EventKind::resumed) ==
        std::vector<std::string>{"90000 resumed 1"});
  // Paused, nothing wakes the loop: the frame of the key is the only one for a minute.
  CHECK(rig.frames_between(30, 90) == 1);
  CHECK(contains(rig.screen_at(30), "HOLD  1:40  PAUSED"));
  CHECK(rig.terminal.frames[static_cast<std::size_t>(rig.frames_between(0, 30))]
            .lines.back()
            .text.utf8()
            .starts_with("PAUSED"));
  // After resuming, the hold goes on from where it stood.
  CHECK(contains(rig.screen_at(90), "HOLD  1:40"));
  CHECK(contains(rig.screen_at(100), "HOLD  1:30"));
  CHECK(rig.engine.state().paused_total == 60s);
}

TEST_CASE("q asks first: another key goes on (and does nothing else), y quits with exit 4") {
  Rig rig;
  rig.waiter.keys(30, "q").keys(35, "n").keys(50, "q").keys(52, "y");
  const auto end = rig.run();
  CHECK(end.exit_code == 4);
  CHECK(end.error.empty());
  CHECK(rig.engine.outcome() == session::Outcome::quit);
  CHECK(rig.last_event() == "52000 session_end 0 (quit)");
  // The question is the hint line while it waits; the session's time runs on under it.
  CHECK(contains(rig.screen_at(30), std::string(ui::k_quit_question)));
  CHECK(contains(rig.screen_at(34.5), "HOLD  1:36"));
  CHECK(contains(rig.screen_at(34.5), std::string(ui::k_quit_question)));
  // "n" answered the question: it did not skip the step.
  CHECK_FALSE(contains(rig.screen_at(35), std::string(ui::k_quit_question)));
  CHECK(rig.events.kinds(session::EventKind::step_skipped).empty());
}

TEST_CASE("in plain mode the quit question is a line") {
  Rig rig({true, false});
  rig.waiter.keys(30, "q").keys(31, " ").keys(40, "qy");
  CHECK(rig.run().exit_code == 4);
  const std::string question(ui::k_quit_question);
  CHECK(rig.terminal.said == std::vector<std::string>{question, question});
  CHECK(rig.terminal.frames.empty());
  CHECK(rig.events.kinds(session::EventKind::paused).empty()); // the space only answered
}

TEST_CASE("? shows the key help until any key closes it, and that key does nothing else") {
  Rig rig;
  rig.waiter.keys(20, "?").keys(25, " ").keys(40, "qy");
  CHECK(rig.run().exit_code == 4);
  const auto help = rig.screen_at(20);
  CHECK(help.starts_with("Keys\n"));
  for (const auto &line : ui::key_help_lines(true)) {
    CHECK(contains(help, line + "\n"));
  }
  // The help stays up, countdown ticking behind it, until the space closes it.
  CHECK(rig.screen_at(24.5).starts_with("Keys\n"));
  CHECK(contains(rig.screen_at(25), "HOLD  1:45"));
  CHECK(rig.events.kinds(session::EventKind::paused).empty());
}

TEST_CASE("in plain mode the key help is printed, indented, in ASCII when asked") {
  Rig rig({true, false});
  rig.terminal.takes_utf8 = false;
  rig.waiter.keys(20, "?x").keys(40, "qy");
  CHECK(rig.run().exit_code == 4);
  const auto help = ui::key_help_lines(false);
  REQUIRE(rig.terminal.said.size() == help.size() + 1);
  for (std::size_t i = 0; i < help.size(); ++i) {
    CHECK(rig.terminal.said[i] == "  " + help[i]);
  }
  CHECK(rig.terminal.said.back() == std::string(ui::k_quit_question));
}

TEST_CASE("the live screen is drawn once a second at speed 1") {
  Rig rig;
  rig.waiter.keys(200, "qy");
  rig.run(1.0);
  // The first hold runs from 10 s to 130 s: one frame as it starts, then one as each
  // whole second of its countdown goes by.
  CHECK(rig.frames_between(10, 130) == 120);
}

TEST_CASE("at high speed the live screen is drawn at most every 50 ms of real time") {
  Rig rig;
  rig.waiter.keys(200, "qy");
  rig.run(1000.0);
  // At --speed 1000, 50 real ms are 50 s of session: the 2-minute hold is drawn as it
  // starts and then at 60 s and 110 s, not 120 times.
  CHECK(rig.frames_between(10, 130) == 3);
  for (std::size_t i = 1; i < rig.terminal.frames.size(); ++i) {
    const auto &frame = rig.terminal.frames[i];
    const auto gap = frame.at - rig.terminal.frames[i - 1].at;
    // Closer frames are phase ends (press, hold, release), never countdown ticks.
    if (gap < 50s) {
      CAPTURE(frame.at.count());
      CHECK(std::find_if(rig.events.events.begin(), rig.events.events.end(),
                         [&](const session::Event &e) { return e.t == frame.at; }) !=
            rig.events.events.end());
    }
  }
}

TEST_CASE("Ctrl-Z suspends the terminal, and fg comes back paused") {
  Rig rig;
  bool paused_while_stopped = false;
  rig.terminal.while_suspended = [&] { paused_while_stopped = rig.engine.state().paused; };
  // The kernel sends SIGCONT on fg; the loop then repaints.
  rig.waiter.signal(30, SIGTSTP).signal(30, SIGCONT).keys(60, " ").keys(70, "qy");
  CHECK(rig.run().exit_code == 4);
  CHECK(paused_while_stopped);
  CHECK(rig.terminal.calls == std::vector<std::string>{"suspend", "resume", "repaint"});
  CHECK(rig.events.kinds(session::EventKind::paused) == std::vector<std::string>{"30000 paused 1"});
  CHECK(contains(rig.screen_at(59), "PAUSED"));
  CHECK(rig.events.kinds(session::EventKind::resumed) ==
        std::vector<std::string>{"60000 resumed 1"}); // only the space resumed it
}

TEST_CASE("Ctrl-Z without a keyboard carries on after fg: nobody could resume it") {
  Rig rig({false, false});
  rig.waiter.signal(30, SIGTSTP);
  const auto end = rig.run();
  CHECK(rig.terminal.calls == std::vector<std::string>{"suspend", "resume"});
  CHECK(rig.events.kinds(session::EventKind::paused) == std::vector<std::string>{"30000 paused 1"});
  CHECK(rig.events.kinds(session::EventKind::resumed) ==
        std::vector<std::string>{"30000 resumed 1"});
  CHECK(end.exit_code == 0);
  CHECK(rig.engine.outcome() == session::Outcome::completed);
}

TEST_CASE("every ending signal ends the session as interrupted, each with its code") {
  const struct {
    int number;
    const char *name;
    int code;
  } k_signals[] = {{SIGINT, "SIGINT", 130},
                   {SIGTERM, "SIGTERM", 143},
                   {SIGHUP, "SIGHUP", 129},
                   {SIGQUIT, "SIGQUIT", 131},
                   {SIGUSR1, "SIGUSR1", 138},
                   {SIGUSR2, "SIGUSR2", 140},
                   {SIGALRM, "SIGALRM", 142},
                   {SIGXCPU, "SIGXCPU", 152},
                   {SIGRTMIN + 1, "SIGRTMIN+1", 128 + SIGRTMIN + 1}};
  for (const auto &signal : k_signals) {
    CAPTURE(signal.name);
    Rig rig;
    rig.waiter.signal(45, signal.number);
    const auto end = rig.run();
    CHECK(end.exit_code == signal.code);
    CHECK(end.error.empty());
    CHECK(rig.engine.outcome() == session::Outcome::interrupted);
    CHECK(rig.last_event() == fmt::format("45000 session_end 0 ({})", signal.name));
  }
}

TEST_CASE("a wait that fails ends the session at once, as an error, without waiting again") {
  Rig rig;
  rig.waiter.failure(45, EBADF); // the waiter fails the test if asked to wait again
  const auto end = rig.run();
  CHECK(end.exit_code == 1);
  CHECK(end.error ==
        "the session had to end: waiting for its timer and keys failed (Bad file descriptor)");
  CHECK(rig.engine.outcome() == session::Outcome::interrupted);
  CHECK(rig.last_event() == "45000 session_end 0 (error)");
}

TEST_CASE("a resize redraws the whole screen at the new size") {
  Rig rig;
  rig.waiter.resize(30, {20, 5}).resize(40, {100, 30}).keys(50, "qy");
  CHECK(rig.run().exit_code == 4);
  CHECK(rig.terminal.calls == std::vector<std::string>{"repaint", "repaint"});
  for (const auto &frame : rig.terminal.frames) {
    const auto rows = frame.at >= 30s && frame.at < 40s ? 5U : 30U;
    const auto columns = rows == 5U ? 20 : 100;
    CAPTURE(frame.at.count());
    REQUIRE(frame.lines.size() == rows);
    for (const auto &line : frame.lines) {
      CHECK(utf8::width(line.text.utf8()) <= static_cast<std::size_t>(columns));
    }
  }
  CHECK(contains(rig.screen_at(30), "Paraspinal"));
  CHECK(contains(rig.screen_at(40), "Next: Hip points"));
}

TEST_CASE("a keyboard that goes away is no longer watched, and the session goes on") {
  Rig rig;
  rig.waiter.keyboard_gone(20).signal(45, SIGTERM);
  CHECK(rig.run().exit_code == 143);
  CHECK(rig.waiter.ignoring_input);
  CHECK(rig.last_event() == "45000 session_end 0 (SIGTERM)");
}

TEST_CASE(
    "the loop calls back at the start and after every wake, and draws nothing in plain mode") {
  Rig rig({false, false}, test::every_phase());
  CHECK(rig.run(1000.0).exit_code == 0);
  CHECK(rig.terminal.frames.empty());
  // Plain mode wakes only at the engine's deadlines: one per phase end and the lead-in;
  // the first cues are started before the first wait.
  CHECK(rig.after_wakes == rig.waiter.waits + 1);
  CHECK(rig.waiter.waits > 0);
}
