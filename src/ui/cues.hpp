#pragma once

#include "session/event.hpp"
#include "util/output.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace knead::ui {

// What a cue says for `event`: "Step 2: Hip points", "Switch to the right side",
// "Release slowly", a skin check, "Session complete"; nothing for events that have
// no cue. Pure.
std::optional<Text> cue_text(const session::Event &event);

struct CueOptions {
  bool bell = true;
  bool voice = false;
  bool notify = false;
};

// The speech program to use: espeak-ng, else spd-say, else nothing. `available`
// says whether a program is on PATH (process::is_available in real use).
std::optional<std::string>
choose_speaker(const std::function<bool(const std::string &)> &available);

// The argv that says `text` with `speaker`.
std::vector<std::string> speech_argv(const std::string &speaker, const std::string &text);

// The argv that shows `text` as a notification (util/notification.hpp), "knead" its
// summary.
std::vector<std::string> notify_argv(const std::string &text);

// Sound and desktop cues at step start, side switch, release, the skin checks and
// limit of ice and heat, and the end: the
// terminal bell, speech and notifications, each started in the background (an argv,
// never a shell) so the timer never waits for them; finished children are reaped
// by the session loop. Warns once to `warn` when --voice finds no speaker.
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
