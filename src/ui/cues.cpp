#include "ui/cues.hpp"

#include "util/notification.hpp"
#include "util/untrusted.hpp"

#include <fmt/format.h>

namespace knead::ui {

using session::EventKind;

std::optional<Text> cue_text(const session::Event &event) {
  switch (event.kind) {
  case EventKind::step_start:
    return Text::format("Step {}: {}", event.step, Untrusted(event.title));
  case EventKind::side_switch:
    return Text::format("Switch to the {} side", routine::to_string(event.side));
  case EventKind::release:
    return Text("Release slowly");
  case EventKind::before_prompt:
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

std::vector<std::string> speech_argv(const std::string &speaker, const std::string &text) {
  // "--" ends the options: text that starts with '-' is spoken, not parsed.
  return {speaker, "--", text};
}

std::vector<std::string> notify_argv(const std::string &text) {
  return notify_send_argv("knead", text);
}

CuePlayer::CuePlayer(CueOptions options, std::function<void()> ring_bell, Spawn spawn,
                     std::optional<std::string> speaker, const WarningSink &warn)
    : m_options(options), m_ring_bell(std::move(ring_bell)), m_spawn(std::move(spawn)),
      m_speaker(std::move(speaker)) {
  if (m_options.voice && !m_speaker) {
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
    m_spawn(speech_argv(*m_speaker, text->utf8()));
  }
  if (m_options.notify &&
      (event.kind == EventKind::step_start || event.kind == EventKind::before_prompt ||
       event.kind == EventKind::skin_check || event.kind == EventKind::skin_limit ||
       event.kind == EventKind::session_end)) {
    m_spawn(notify_argv(text->utf8()));
  }
}

} // namespace knead::ui
