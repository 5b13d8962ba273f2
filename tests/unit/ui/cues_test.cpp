#include "ui/cues.hpp"

#include <doctest/doctest.h>

using namespace knead;
using session::Event;
using session::EventKind;

namespace {

struct Calls {
  int bells = 0;
  std::vector<std::vector<std::string>> spawned;
  std::vector<std::string> warnings;
};

ui::CuePlayer player(Calls &calls, ui::CueOptions options, std::optional<std::string> speaker) {
  return ui::CuePlayer(
      options, [&calls] { ++calls.bells; },
      [&calls](const std::vector<std::string> &argv) {
        calls.spawned.push_back(argv);
        return true;
      },
      std::move(speaker), [&calls](const Text &w) { calls.warnings.push_back(w.utf8()); });
}

ui::CueOptions cue_options(bool bell, bool voice, bool notify) {
  ui::CueOptions options;
  options.bell = bell;
  options.voice = voice;
  options.notify = notify;
  return options;
}

Event event(EventKind kind) {
  Event e;
  e.kind = kind;
  e.step = 2;
  e.title = "Hip points";
  e.side = routine::Side::right;
  e.reason = "completed";
  return e;
}

} // namespace

TEST_CASE("the bell rings at step start, side switch, release and the end only") {
  Calls calls;
  auto cues = player(calls, cue_options(true, false, false), std::nullopt);
  for (auto kind :
       {EventKind::step_start, EventKind::press, EventKind::hold, EventKind::side_switch,
        EventKind::release, EventKind::paused, EventKind::step_end, EventKind::session_end}) {
    cues.on_event(event(kind));
  }
  CHECK(calls.bells == 4);
  CHECK(calls.spawned.empty());
}

TEST_CASE("--no-bell rings nothing") {
  Calls calls;
  auto cues = player(calls, cue_options(false, false, false), std::nullopt);
  cues.on_event(event(EventKind::step_start));
  CHECK(calls.bells == 0);
}

TEST_CASE("--voice speaks the cue through an argv") {
  Calls calls;
  auto cues = player(calls, cue_options(false, true, false), std::string("espeak-ng"));
  cues.on_event(event(EventKind::side_switch));
  REQUIRE(calls.spawned.size() == 1);
  CHECK(calls.spawned[0] ==
        std::vector<std::string>{"espeak-ng", "--", "Switch to the right side"});
  CHECK(calls.warnings.empty());
}

TEST_CASE("--voice without a speaker warns once and goes on") {
  Calls calls;
  auto cues = player(calls, cue_options(true, true, false), std::nullopt);
  cues.on_event(event(EventKind::step_start));
  cues.on_event(event(EventKind::release));
  CHECK(calls.warnings == std::vector<std::string>{"--voice needs espeak-ng or spd-say, and "
                                                   "neither is installed; continuing without "
                                                   "speech"});
  CHECK(calls.spawned.empty());
}

TEST_CASE("--notify sends the step start and the end to notify-send") {
  Calls calls;
  auto cues = player(calls, cue_options(false, false, true), std::nullopt);
  cues.on_event(event(EventKind::step_start));
  cues.on_event(event(EventKind::release));
  cues.on_event(event(EventKind::session_end));
  REQUIRE(calls.spawned.size() == 2);
  CHECK(calls.spawned[0] == std::vector<std::string>{"notify-send", "--app-name=knead", "--",
                                                     "knead", "Step 2: Hip points"});
  CHECK(calls.spawned[1].back() == "Session complete");
}

TEST_CASE("the speaker is espeak-ng, else spd-say") {
  CHECK(ui::choose_speaker([](const std::string &) { return true; }) == "espeak-ng");
  CHECK(ui::choose_speaker([](const std::string &p) { return p == "spd-say"; }) == "spd-say");
  CHECK_FALSE(ui::choose_speaker([](const std::string &) { return false; }).has_value());
}

TEST_CASE("a notification shows routine text as text, not markup") {
  CHECK(ui::notify_argv("Step 1: <b>A</b> & B") ==
        std::vector<std::string>{"notify-send", "--app-name=knead", "--", "knead",
                                 "Step 1: &lt;b&gt;A&lt;/b&gt; &amp; B"});
  CHECK(ui::speech_argv("espeak-ng", "Step 1: A & B").back() == "Step 1: A & B");
}

TEST_CASE("a skin check and the limit of ice ring, speak and notify") {
  Calls calls;
  auto cues = player(calls, cue_options(true, true, true), std::string("espeak-ng"));
  auto check = event(EventKind::skin_check);
  check.text = "Check your skin under the ice pack: take it off if the skin has gone numb.";
  cues.on_event(check);
  auto limit = event(EventKind::skin_limit);
  limit.text = "That is 20 minutes of ice, the most for the skin at one time: take the pack off "
               "now.";
  cues.on_event(limit);
  CHECK(calls.bells == 2);
  REQUIRE(calls.spawned.size() == 4);
  CHECK(calls.spawned[0] == std::vector<std::string>{"espeak-ng", "--", check.text});
  CHECK(calls.spawned[1].back() == check.text);
  CHECK(calls.spawned[3].back() == limit.text);
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
  Calls calls;
  auto options = cue_options(false, true, false);
  options.voice_command = {"say-it", "--rate={rate}", "{text}"};
  auto cues = player(calls, options, std::string("say-it"));
  cues.on_event(event(EventKind::release));
  REQUIRE(calls.spawned.size() == 1);
  CHECK(calls.spawned[0] == std::vector<std::string>{"say-it", "--rate=175", "Release slowly"});
  options.voice_rate = 300;
  auto faster = player(calls, options, std::string("say-it"));
  faster.on_event(event(EventKind::release));
  CHECK(calls.spawned[1][1] == "--rate=300");
  CHECK(calls.warnings.empty());
}

TEST_CASE("a speech command that is not installed, or writes a file, warns once") {
  Calls calls;
  auto options = cue_options(false, true, false);
  options.voice_command = {"say-it", "{text}"};
  auto missing = player(calls, options, std::nullopt);
  missing.on_event(event(EventKind::release));
  options.voice_command = {"espeak-ng", "-w", "{wav}", "{text}"};
  auto to_file = player(calls, options, std::string("espeak-ng"));
  to_file.on_event(event(EventKind::release));
  CHECK(calls.spawned.empty());
  CHECK(calls.warnings ==
        std::vector<std::string>{
            "voice_command names say-it, which is not installed; continuing without speech",
            "voice_command writes speech to a file ({wav}), which this version of knead cannot "
            "play yet; continuing without speech"});
}

TEST_CASE("a before prompt that goes on by itself says so") {
  auto prompt = event(EventKind::before_prompt);
  prompt.text = "Lie face down.";
  CHECK(ui::cue_text(prompt)->utf8() == "Lie face down.");
  prompt.duration = std::chrono::seconds(10);
  CHECK(ui::cue_text(prompt)->utf8() == "Lie face down. Ready? Starting in ten seconds.");
}
