#include "ui/cue_setup.hpp"

#include "ui/sound_folder.hpp"
#include "util/argv_template.hpp"
#include "util/notification.hpp"
#include "util/process.hpp"
#include "util/sanitize.hpp"
#include "voice/script.hpp"

namespace knead::ui {

std::unique_ptr<PreparedCues> prepare_cues(const CueOptions &options, const session::Plan &plan,
                                           const WarningSink &warn) {
  auto prepared = std::make_unique<PreparedCues>();
  auto &setup = prepared->setup;
  if (options.notify) {
    setup.notify_unavailable = why_notifications_unavailable();
  }
  const bool chimes =
      options.sound == voice::SoundMode::automatic || options.sound == voice::SoundMode::chime;
  if (!chimes && !options.voice) {
    return prepared;
  }
  setup.player = voice::choose_player(process::is_available);
  const auto &mine = options.voice_command;
  if (options.voice) {
    // The person's command when it is installed, else espeak-ng or spd-say.
    setup.speaker = mine.empty()                          ? choose_speaker(process::is_available)
                    : process::is_available(mine.front()) ? std::optional(mine.front())
                                                          : std::nullopt;
  }
  // What renders a phrase to a file: the person's command when it writes {wav}, else
  // espeak-ng's -w; a command without {wav} speaks each line itself instead.
  std::vector<std::string> command;
  if (argv_template::uses(mine, "wav")) {
    command = mine;
  } else if (mine.empty()) {
    command = voice::default_render_command(options.voice_rate.has_value());
  }
  if (!command.empty()) {
    constexpr int k_usual_rate = 175;
    command = argv_template::expand(
        command, {{"rate", std::to_string(options.voice_rate.value_or(k_usual_rate))}});
  }
  const bool render =
      options.voice && setup.player && !command.empty() && process::is_available(command.front());
  if (!setup.player || (!chimes && !render)) {
    return prepared;
  }
  std::string why;
  const auto folder = sound_folder(&why);
  if (!folder) {
    // Asked for by name, it is worth a word; the default quietly rings the bell.
    if (options.voice || options.sound == voice::SoundMode::chime) {
      warn(Text::format("cannot keep the session's sounds: {}", Untrusted(why)));
    }
    return prepared;
  }
  if (chimes) {
    for (const auto &[chime, path] : write_chimes(*folder)) {
      setup.chimes[chime] = path.string();
    }
  }
  if (render) {
    prepared->renderer = std::make_unique<SpeechRenderer>(*folder, command);
    std::vector<std::string> phrases;
    for (const auto &phrase : voice::phrases_of(plan)) {
      phrases.push_back(sanitize_text(phrase));
    }
    prepared->renderer->render(phrases);
  }
  return prepared;
}

} // namespace knead::ui
