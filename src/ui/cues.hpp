#pragma once

#include "session/clock.hpp"
#include "session/event.hpp"
#include "util/output.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace knead::ui {

// What is said when a `before` prompt goes on by itself after `lead_in`: "Ready?
// Starting in ten seconds."
Text lead_in_words(session::Ms lead_in);

// What a cue says for `event`: "Step 2: Hip points", "Switch to the right side",
// "Release slowly", a skin check, "Session complete"; nothing for events that have
// no cue. Pure.
std::optional<Text> cue_text(const session::Event &event);

struct CueOptions {
  bool bell = true;
  bool voice = false;
  bool notify = false;
  // The person's speech command (config `voice_command`), an argv template with
  // "{text}" and "{rate}"; empty: the speaker choose_speaker finds.
  std::vector<std::string> voice_command;
  // Words per minute (config `voice_rate`); nothing: the speech program's own.
  std::optional<int> voice_rate;
};

// The speech program to use: espeak-ng, else spd-say, else nothing. `available`
// says whether a program is on PATH (process::is_available in real use).
std::optional<std::string>
choose_speaker(const std::function<bool(const std::string &)> &available);

// The argv that says `text` with `speaker` (espeak-ng or spd-say), at `rate` words per
// minute when given (spd-say takes it on its -100..100 scale, 175 being 0).
std::vector<std::string> speech_argv(const std::string &speaker, const std::string &text,
                                     std::optional<int> rate = std::nullopt);

// The argv that says `text` through the person's `command` template: "{text}" is the
// text, "{rate}" the rate (175 when none is set), each inside the argument it is in.
std::vector<std::string> command_speech_argv(const std::vector<std::string> &command,
                                             const std::string &text, std::optional<int> rate);

// The argv that shows `text` as a notification (util/notification.hpp), "knead" its
// summary.
std::vector<std::string> notify_argv(const std::string &text);

// Sound and desktop cues at step start, side switch, release, the skin checks and
// limit of ice and heat, and the end: the
// terminal bell, speech and notifications, each started in the background (an argv,
// never a shell) so the timer never waits for them; finished children are reaped
// by the session loop. Warns once to `warn` when --voice finds no speaker. With a
// `voice_command`, `speaker` is its program when it is installed.
class CuePlayer final : public session::EventSink {
public:
  using Spawn = std::function<bool(const std::vector<std::string> &)>;
  CuePlayer(CueOptions options, std::function<void()> ring_bell, Spawn spawn,
            std::optional<std::string> speaker, const WarningSink &warn);
  void on_event(const session::Event &event) override;

private:
  CueOptions m_options;
  std::function<void()> m_ring_bell;
  Spawn m_spawn;
  std::optional<std::string> m_speaker;
};

} // namespace knead::ui
