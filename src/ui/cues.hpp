#pragma once

#include "session/clock.hpp"
#include "session/event.hpp"
#include "session/plan.hpp"
#include "ui/speech_renderer.hpp"
#include "util/output.hpp"
#include "voice/chime.hpp"
#include "voice/player.hpp"
#include "voice/queue.hpp"
#include "voice/script.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace knead::ui {

// What is said when a `before` prompt goes on by itself after `lead_in`: "Ready?
// Starting in ten seconds."
Text lead_in_words(session::Ms lead_in);

// What a notification says for `event`: "Step 2: Hip points", a `before` prompt, a
// skin check, "Session complete"; nothing for events that have none. Pure.
std::optional<Text> cue_text(const session::Event &event);

// How a session sounds: `--sound`, `--bell`, `--voice`, `--notify` and the
// configuration's voice_command and voice_rate. The one set of cue settings `knead run`
// hands on (cli/run.cpp fills it from the settings with the flags over them).
struct CueOptions {
  voice::SoundMode sound = voice::SoundMode::automatic;
  bool bell = true; // the terminal bell may ring (where there is no chime, or --sound bell)
  bool voice = false;
  bool notify = false;
  // The person's speech command (config `voice_command`), an argv template with
  // "{text}", "{rate}" and "{wav}": with {wav} it renders phrases ahead to be played,
  // without it it speaks each line itself; empty: espeak-ng (else spd-say).
  std::vector<std::string> voice_command;
  // Words per minute (config `voice_rate`); nothing: the speech program's own.
  std::optional<int> voice_rate;
};

// The speech program that speaks a phrase itself (when it could not be rendered
// ahead): espeak-ng, else spd-say, else nothing. `available` says whether a program
// is on PATH (process::is_available in real use).
std::optional<std::string>
choose_speaker(const std::function<bool(const std::string &)> &available);

// The argv that says `text` with `speaker` (espeak-ng or spd-say) at once, at `rate`
// words per minute when given (spd-say takes it on its -100..100 scale, 175 being 0).
std::vector<std::string> speech_argv(const std::string &speaker, const std::string &text,
                                     std::optional<int> rate = std::nullopt);

// The argv that says `text` through the person's `command` template: "{text}" is the
// text, "{rate}" the rate (175 when none is set), each inside the argument it is in.
std::vector<std::string> command_speech_argv(const std::vector<std::string> &command,
                                             const std::string &text, std::optional<int> rate);

// The argv that shows `text` as a notification (util/notification.hpp), "knead" its
// summary.
std::vector<std::string> notify_argv(const std::string &text);

// What this machine offers the cues, found before the session.
struct CueSetup {
  std::optional<std::string> player;          // pw-play, paplay, aplay or play
  std::map<voice::Chime, std::string> chimes; // the chimes' WAV files
  // The program that speaks a line itself (a phrase not rendered ahead, or a
  // voice_command without {wav}), when it is installed.
  std::optional<std::string> speaker;
  std::function<std::optional<Rendered>(const std::string &)> rendered; // ahead
  // Why no notification can be shown (no notify-send, no session bus), or empty.
  std::string notify_unavailable;
};

// What the cues do to the system, faked in tests.
struct CuePorts {
  std::function<void()> ring_bell;
  // Starts a child by argv in the background; its pid, or nothing.
  std::function<std::optional<int>(const std::vector<std::string> &)> start;
  std::function<bool(int)> exited;
  std::function<void(int)> kill;
};

// The sound of a session: chimes (or the terminal bell) at step start, side switch,
// release, each circle, the skin checks and the end; speech through a SpeechQueue
// (one line at a time, moments on time, readings where they fit); notifications.
// Every child is started by argv and never waited for; at most one of each kind
// (speech, chime, notification) lives at a time: a new chime or notification replaces
// the one still running, speech waits for the line before it, and a child that hangs
// is killed rather than joined by more. Each cue started is reported to `report` (the events file)
// as a `cue` event with its planned time and the wall time its player started.
class CuePlayer final : public session::EventSink {
public:
  CuePlayer(const session::Plan &plan, CueOptions options, CueSetup setup, CuePorts ports,
            const session::Clock &clock, double speed, const WarningSink &warn);
  void on_event(const session::Event &event) override;
  void set_report(session::EventSink *report) { m_report = report; }
  // Starts the speech that is due; call after every wake. `next_moment` is the
  // engine's next deadline, which a reading must not run over.
  void pump(std::optional<session::Ms> next_moment);
  // When pump() next has work (session time): a line due, or the speech playing ends.
  [[nodiscard]] std::optional<session::Ms> next_wake() const;

  // A speech child that plays this much longer than its sound is taken for hung.
  static constexpr session::Ms k_hung_after{5'000};

private:
  enum class Sound { none, chime, bell };
  void play_chime(const session::Event &event);
  void speak_lines(const session::Event &event);
  void report(const char *kind, const std::string &text, session::Ms planned,
              const std::string &player, int step);
  [[nodiscard]] voice::Lengths measure(const voice::Line &line) const;
  [[nodiscard]] session::Ms to_session(session::Ms real) const;
  [[nodiscard]] std::vector<std::string> direct_argv(const std::string &text) const;

  CueOptions m_options;
  CueSetup m_setup;
  CuePorts m_ports;
  const session::Clock &m_clock;
  double m_speed;
  Sound m_sound = Sound::none;
  bool m_after_ready = false; // a get-ready is on: the phase after it is cued
  bool m_speech = false;
  voice::Narrator m_narrator;
  voice::SpeechQueue m_queue;
  session::EventSink *m_report = nullptr;
  std::optional<int> m_chime_child;
  std::optional<int> m_notify_child;
  WarningSink m_warn; // for a notify-send that cannot start, said once
  bool m_notify_start_warned = false;
  std::optional<int> m_speech_child;
  session::Ms m_speech_ends{0};   // wall time its sound ends
  bool m_speech_measured = false; // its length is that of its WAV file, not a guess
  session::Ms m_pause_start{0};
};

} // namespace knead::ui
