#include "routine/builtin.hpp"
#include "routine/library.hpp"
#include "session/engine.hpp"
#include "ui/cues.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace knead;
using namespace std::chrono_literals;
using session::Event;
using session::EventKind;
using session::Ms;

namespace {

// The system as the cues see it: children that run until told to exit, a bell.
struct FakeSystem {
  int bells = 0;
  std::vector<std::vector<std::string>> started;
  std::vector<int> running;
  std::vector<int> killed;
  std::vector<std::string> warnings;

  ui::CuePorts ports() {
    return {
        [this] { ++bells; },
        [this](const std::vector<std::string> &argv) {
          started.push_back(argv);
          const int pid = static_cast<int>(started.size());
          running.push_back(pid);
          return std::optional<int>(pid);
        },
        [this](int pid) { return std::find(running.begin(), running.end(), pid) == running.end(); },
        [this](int pid) {
          killed.push_back(pid);
          std::erase(running, pid);
        }};
  }
  void all_exit() { running.clear(); }
  [[nodiscard]] std::vector<std::string> programs() const {
    std::vector<std::string> out;
    for (const auto &argv : started) {
      out.push_back(argv.front() + " " + argv.back());
    }
    return out;
  }
};

ui::CueOptions cue_options(voice::SoundMode sound, bool voice, bool notify) {
  ui::CueOptions options;
  options.sound = sound;
  options.voice = voice;
  options.notify = notify;
  return options;
}

struct Collect final : session::EventSink {
  void on_event(const Event &event) override { events.push_back(event); }
  std::vector<Event> events;
};

session::Plan lower_back() {
  return session::make_plan(
      routine::Library(routine::builtin_routine_texts(), {}, {}).load("lower-back"));
}

ui::CueSetup with_player() {
  ui::CueSetup setup;
  setup.player = "pw-play";
  for (const auto chime :
       {voice::Chime::step_start, voice::Chime::side_switch, voice::Chime::release,
        voice::Chime::tick, voice::Chime::skin, voice::Chime::end}) {
    setup.chimes[chime] = std::string("/run/knead/chime-") + voice::to_string(chime) + ".wav";
  }
  return setup;
}

Event event(EventKind kind, Ms at = 0ms) {
  Event e;
  e.kind = kind;
  e.step = 1;
  e.title = "Paraspinal muscles";
  e.side = routine::Side::right;
  e.ending = knead::session::SessionEnding{knead::session::Outcome::completed};
  e.rep = 1;
  e.t = at;
  return e;
}

} // namespace

TEST_CASE("chimes play through the player, each event its own, and are reported") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  Collect report;
  ui::CuePlayer cues(plan, cue_options(voice::SoundMode::automatic, false, false), with_player(),
                     system.ports(), clock, 1.0,
                     [&](const Text &w) { system.warnings.push_back(w.utf8()); });
  cues.set_report(&report);
  for (auto kind :
       {EventKind::step_start, EventKind::press, EventKind::hold, EventKind::side_switch,
        EventKind::rep, EventKind::release, EventKind::skin_check, EventKind::paused,
        EventKind::step_end, EventKind::session_end}) {
    cues.on_event(event(kind, 5s));
    system.all_exit();
  }
  CHECK(system.programs() ==
        std::vector<std::string>{
            "pw-play /run/knead/chime-step_start.wav", "pw-play /run/knead/chime-side_switch.wav",
            "pw-play /run/knead/chime-tick.wav", "pw-play /run/knead/chime-release.wav",
            "pw-play /run/knead/chime-skin.wav", "pw-play /run/knead/chime-end.wav"});
  CHECK(system.bells == 0);
  REQUIRE(report.events.size() == 6);
  CHECK(report.events[0].kind == EventKind::cue);
  CHECK(report.events[0].cue == "chime");
  CHECK(report.events[0].text == "step_start");
  CHECK(report.events[0].player == "pw-play");
  CHECK(report.events[0].t == 5s);
  CHECK(system.warnings.empty());
}

TEST_CASE("a chime still playing gives way to the next: never two at once") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  ui::CuePlayer cues(plan, {}, with_player(), system.ports(), clock, 1.0, [](const Text &) {});
  cues.on_event(event(EventKind::rep));
  cues.on_event(event(EventKind::rep)); // the first hangs
  cues.on_event(event(EventKind::rep));
  CHECK(system.started.size() == 3);
  CHECK(system.killed == std::vector<int>{1, 2});
  CHECK(system.running.size() == 1);
}

TEST_CASE("without a player the bell rings, at the moments it always did") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  ui::CuePlayer cues(plan, {}, {}, system.ports(), clock, 1.0, [](const Text &) {});
  for (auto kind : {EventKind::step_start, EventKind::press, EventKind::hold,
                    EventKind::side_switch, EventKind::rep, EventKind::release, EventKind::paused,
                    EventKind::step_end, EventKind::session_end}) {
    cues.on_event(event(kind));
  }
  CHECK(system.bells == 4);
  CHECK(system.started.empty());
}

TEST_CASE("--sound bell rings the bell even with a player, --sound off makes no sound") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  ui::CuePlayer bell(plan, cue_options(voice::SoundMode::bell, false, false), with_player(),
                     system.ports(), clock, 1.0, [](const Text &) {});
  bell.on_event(event(EventKind::release));
  CHECK(system.bells == 1);
  ui::CuePlayer off(plan, cue_options(voice::SoundMode::off, false, false), with_player(),
                    system.ports(), clock, 1.0, [](const Text &) {});
  off.on_event(event(EventKind::release));
  CHECK(system.bells == 1);
  CHECK(system.started.empty());
}

TEST_CASE("--sound chime without a player warns once and rings the bell") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  ui::CuePlayer cues(plan, cue_options(voice::SoundMode::chime, false, false), {}, system.ports(),
                     clock, 1.0, [&](const Text &w) { system.warnings.push_back(w.utf8()); });
  cues.on_event(event(EventKind::release));
  CHECK(system.bells == 1);
  CHECK(system.warnings ==
        std::vector<std::string>{"--sound chime needs pw-play, paplay, aplay or play, and none "
                                 "is installed; ringing the terminal bell instead"});
}

TEST_CASE("--voice without a speaker warns once and goes on") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  ui::CuePlayer cues(plan, cue_options(voice::SoundMode::off, true, false), {}, system.ports(),
                     clock, 1.0, [&](const Text &w) { system.warnings.push_back(w.utf8()); });
  cues.on_event(event(EventKind::step_start));
  cues.pump(std::nullopt);
  CHECK(system.warnings == std::vector<std::string>{"--voice needs espeak-ng or spd-say, and "
                                                    "neither is installed; continuing without "
                                                    "speech"});
  CHECK(system.started.empty());
}

TEST_CASE("speech plays a rendered phrase through the player, one line at a time") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  auto setup = with_player();
  setup.rendered = [](const std::string &text) {
    return std::optional<ui::Rendered>(ui::Rendered{"/run/knead/" + text + ".wav", 1000ms});
  };
  Collect report;
  ui::CuePlayer cues(plan, cue_options(voice::SoundMode::off, true, false), setup, system.ports(),
                     clock, 1.0, [](const Text &) {});
  cues.set_report(&report);
  auto release = event(EventKind::release, 130s);
  clock.set(130s);
  cues.on_event(release);
  cues.pump(160s);
  CHECK(system.programs() == std::vector<std::string>{"pw-play /run/knead/Release slowly.wav"});
  REQUIRE(report.events.size() == 1);
  CHECK(report.events[0].cue == "release");
  CHECK(report.events[0].text == "Release slowly");
  CHECK(report.events[0].t == 130s);
  // The next wake is when the phrase ends; nothing more to say until then.
  CHECK(cues.next_wake() == 131s);
}

TEST_CASE("a speech player that hangs is killed, not joined by another") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  ui::CueSetup setup;
  setup.speaker = "espeak-ng"; // nothing rendered: it speaks each line itself
  ui::CuePlayer cues(plan, cue_options(voice::SoundMode::off, true, false), setup, system.ports(),
                     clock, 1.0, [](const Text &) {});
  Event start = event(EventKind::step_start);
  cues.on_event(start);
  cues.pump(10s);
  REQUIRE(system.started.size() == 1);
  CHECK(system.started[0] ==
        std::vector<std::string>{"espeak-ng", "--", "Step one of four: Paraspinal muscles"});
  for (int i = 0; i < 20; ++i) {
    clock.advance(500ms);
    cues.pump(10s);
  }
  // Ten seconds in, the first never ended: killed once its sound and five seconds were
  // over, and the next line started; never two running.
  CHECK(system.killed.size() >= 1);
  CHECK(system.running.size() == 1);
}

TEST_CASE("a notification shows routine text as text, not markup") {
  CHECK(ui::notify_argv("Step 1: <b>A</b> & B") ==
        std::vector<std::string>{"notify-send", "--app-name=knead", "--", "knead",
                                 "Step 1: &lt;b&gt;A&lt;/b&gt; &amp; B"});
  CHECK(ui::speech_argv("espeak-ng", "Step 1: A & B").back() == "Step 1: A & B");
}

TEST_CASE("the speaker is espeak-ng, else spd-say") {
  CHECK(ui::choose_speaker([](const std::string &) { return true; }) == "espeak-ng");
  CHECK(ui::choose_speaker([](const std::string &p) { return p == "spd-say"; }) == "spd-say");
  CHECK_FALSE(ui::choose_speaker([](const std::string &) { return false; }).has_value());
}

TEST_CASE("--notify sends the step start and the end to notify-send") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  ui::CuePlayer cues(plan, cue_options(voice::SoundMode::off, false, true), {}, system.ports(),
                     clock, 1.0, [](const Text &) {});
  cues.on_event(event(EventKind::step_start));
  cues.on_event(event(EventKind::release));
  cues.on_event(event(EventKind::session_end));
  REQUIRE(system.started.size() == 2);
  CHECK(system.started[0] == std::vector<std::string>{"notify-send", "--app-name=knead", "--",
                                                      "knead", "Step 1: Paraspinal muscles"});
  CHECK(system.started[1].back() == "Session complete");
}

TEST_CASE("a voice rate goes to espeak-ng as -s and to spd-say on its own scale") {
  CHECK(ui::speech_argv("espeak-ng", "Hold", 220) ==
        std::vector<std::string>{"espeak-ng", "-s", "220", "--", "Hold"});
  CHECK(ui::speech_argv("spd-say", "Hold", 175) ==
        std::vector<std::string>{"spd-say", "-r", "0", "--", "Hold"});
  CHECK(ui::speech_argv("spd-say", "Hold", 450) ==
        std::vector<std::string>{"spd-say", "-r", "100", "--", "Hold"});
  CHECK(ui::speech_argv("spd-say", "Hold", 80) ==
        std::vector<std::string>{"spd-say", "-r", "-54", "--", "Hold"});
}

TEST_CASE("the configuration's speech command is filled in, text as one argument") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  auto options = cue_options(voice::SoundMode::off, true, false);
  options.voice_command = {"say-it", "--rate={rate}", "{text}"};
  ui::CueSetup setup;
  setup.speaker = "say-it";
  ui::CuePlayer cues(plan, options, setup, system.ports(), clock, 1.0,
                     [&](const Text &w) { system.warnings.push_back(w.utf8()); });
  cues.on_event(event(EventKind::release, 0ms));
  cues.pump(std::nullopt);
  REQUIRE(system.started.size() == 1);
  CHECK(system.started[0] == std::vector<std::string>{"say-it", "--rate=175", "Release slowly"});
  options.voice_rate = 300;
  system.all_exit();
  ui::CuePlayer faster(plan, options, setup, system.ports(), clock, 1.0, [](const Text &) {});
  faster.on_event(event(EventKind::release, 0ms));
  faster.pump(std::nullopt);
  REQUIRE(system.started.size() == 2);
  CHECK(system.started[1][1] == "--rate=300");
  CHECK(system.warnings.empty());
}

TEST_CASE("a speech command that is not installed, or writes a file with no player, warns once") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  auto options = cue_options(voice::SoundMode::off, true, false);
  options.voice_command = {"say-it", "{text}"};
  const auto warn = [&](const Text &w) { system.warnings.push_back(w.utf8()); };
  ui::CuePlayer missing(plan, options, {}, system.ports(), clock, 1.0, warn);
  missing.on_event(event(EventKind::release));
  missing.pump(std::nullopt);
  options.voice_command = {"espeak-ng", "-w", "{wav}", "{text}"};
  ui::CueSetup setup;
  setup.speaker = "espeak-ng";
  ui::CuePlayer to_file(plan, options, setup, system.ports(), clock, 1.0, warn);
  to_file.on_event(event(EventKind::release));
  to_file.pump(std::nullopt);
  CHECK(system.started.empty());
  CHECK(system.warnings ==
        std::vector<std::string>{
            "voice_command names say-it, which is not installed; continuing without speech",
            "voice_command writes speech to a file ({wav}), and no player (pw-play, paplay, aplay "
            "or play) is installed to play it; continuing without speech"});
}

TEST_CASE("--no-bell keeps the chimes and silences only the bell") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  auto options = cue_options(voice::SoundMode::automatic, false, false);
  options.bell = false;
  ui::CuePlayer with_chimes(plan, options, with_player(), system.ports(), clock, 1.0,
                            [](const Text &) {});
  with_chimes.on_event(event(EventKind::release));
  CHECK(system.started.size() == 1);
  ui::CuePlayer without(plan, options, {}, system.ports(), clock, 1.0, [](const Text &) {});
  without.on_event(event(EventKind::release));
  CHECK(system.bells == 0);
}

TEST_CASE("a before prompt that goes on by itself says so") {
  auto prompt = event(EventKind::before_prompt);
  prompt.text = "Lie face down.";
  CHECK(ui::cue_text(prompt)->utf8() == "Lie face down.");
  prompt.duration = std::chrono::seconds(10);
  CHECK(ui::cue_text(prompt)->utf8() == "Lie face down. Ready? Starting in ten seconds.");
}

TEST_CASE("the end of a get-ready is cued: a tick, or the bell, when pressing starts") {
  FakeSystem system;
  session::VirtualClock clock;
  const auto plan = lower_back();
  ui::CuePlayer chimes(plan, {}, with_player(), system.ports(), clock, 1.0, [](const Text &) {});
  chimes.on_event(event(EventKind::step_start));
  chimes.on_event(event(EventKind::get_ready));
  chimes.on_event(event(EventKind::press, 5s));
  chimes.on_event(event(EventKind::hold, 15s)); // no get-ready before it: no sound
  CHECK(system.programs() == std::vector<std::string>{"pw-play /run/knead/chime-step_start.wav",
                                                      "pw-play /run/knead/chime-tick.wav"});
  FakeSystem bell_system;
  ui::CuePlayer bell(plan, {}, {}, bell_system.ports(), clock, 1.0, [](const Text &) {});
  bell.on_event(event(EventKind::side_switch));
  bell.on_event(event(EventKind::get_ready));
  bell.on_event(event(EventKind::press, 5s));
  bell.on_event(event(EventKind::hold, 15s));
  CHECK(bell_system.bells == 2);
}
