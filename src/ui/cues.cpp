#include "ui/cues.hpp"

#include "util/argv_template.hpp"
#include "util/notification.hpp"
#include "util/untrusted.hpp"
#include "voice/words.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::ui {

using session::EventKind;

Text lead_in_words(session::Ms lead_in) {
  return Text::format("Ready? Starting in {}.",
                      Text::trusted(voice::duration_words(
                          std::chrono::duration_cast<std::chrono::seconds>(lead_in))));
}

std::optional<Text> cue_text(const session::Event &event) {
  switch (event.kind) {
  case EventKind::step_start:
    return Text::format("Step {}: {}", event.step, Untrusted(event.title));
  case EventKind::side_switch:
    return Text::format("Switch to the {} side", routine::to_string(event.side));
  case EventKind::release:
    return Text("Release slowly");
  case EventKind::before_prompt:
    if (event.duration.count() > 0) {
      // Hands-free (or no keyboard): nobody needs to reach for a key.
      return Text(Untrusted(event.text)) + " " + lead_in_words(event.duration);
    }
    return Text(Untrusted(event.text));
  case EventKind::skin_check:
  case EventKind::skin_limit:
    return Text(Untrusted(event.text));
  case EventKind::session_end:
    return event.reason == "completed" ? Text("Session complete") : Text("Session ended");
  default:
    return std::nullopt;
  }
}

std::optional<std::string>
choose_speaker(const std::function<bool(const std::string &)> &available) {
  for (const char *program : {"espeak-ng", "spd-say"}) {
    if (available(program)) {
      return std::string(program);
    }
  }
  return std::nullopt;
}

std::vector<std::string> speech_argv(const std::string &speaker, const std::string &text,
                                     std::optional<int> rate) {
  std::vector<std::string> argv{speaker};
  if (rate) {
    if (speaker == "spd-say") {
      // spd-say's rate is -100..100 around the voice's usual speed.
      constexpr int k_usual = 175;
      argv.insert(argv.end(),
                  {"-r", std::to_string(std::clamp((*rate - k_usual) * 100 / k_usual, -100, 100))});
    } else {
      argv.insert(argv.end(), {"-s", std::to_string(*rate)});
    }
  }
  // "--" ends the options: text that starts with '-' is spoken, not parsed.
  argv.insert(argv.end(), {"--", text});
  return argv;
}

std::vector<std::string> command_speech_argv(const std::vector<std::string> &command,
                                             const std::string &text, std::optional<int> rate) {
  constexpr int k_usual_rate = 175;
  return argv_template::expand(
      command, {{"text", text}, {"rate", std::to_string(rate.value_or(k_usual_rate))}});
}

std::vector<std::string> notify_argv(const std::string &text) {
  return notify_send_argv("knead", text);
}

CuePlayer::CuePlayer(CueOptions options, std::function<void()> ring_bell, Spawn spawn,
                     std::optional<std::string> speaker, const WarningSink &warn)
    : m_options(options), m_ring_bell(std::move(ring_bell)), m_spawn(std::move(spawn)),
      m_speaker(std::move(speaker)) {
  if (!m_options.voice) {
    return;
  }
  if (!m_options.voice_command.empty()) {
    const auto &program = m_options.voice_command.front();
    if (argv_template::uses(m_options.voice_command, "wav")) {
      // Playing a rendered file needs the speech queue of pre-rendered phrases.
      warn(Text::format("voice_command writes speech to a file ({{wav}}), which this version of "
                        "knead cannot play yet; continuing without speech"));
      m_speaker.reset();
    } else if (!m_speaker) {
      warn(Text::format("voice_command names {}, which is not installed; continuing without "
                        "speech",
                        Untrusted(program)));
    }
    return;
  }
  if (!m_speaker) {
    warn("--voice needs espeak-ng or spd-say, and neither is installed; continuing without "
         "speech");
  }
}

void CuePlayer::on_event(const session::Event &event) {
  const auto text = cue_text(event);
  if (!text) {
    return;
  }
  const bool audible = event.kind != EventKind::before_prompt;
  if (m_options.bell && audible) {
    m_ring_bell();
  }
  // The text goes into a child's argv, not to the terminal: UTF-8 whatever the locale.
  if (m_options.voice && m_speaker) {
    m_spawn(m_options.voice_command.empty()
                ? speech_argv(*m_speaker, text->utf8(), m_options.voice_rate)
                : command_speech_argv(m_options.voice_command, text->utf8(), m_options.voice_rate));
  }
  if (m_options.notify &&
      (event.kind == EventKind::step_start || event.kind == EventKind::before_prompt ||
       event.kind == EventKind::skin_check || event.kind == EventKind::skin_limit ||
       event.kind == EventKind::session_end)) {
    m_spawn(notify_argv(text->utf8()));
  }
}

} // namespace knead::ui
