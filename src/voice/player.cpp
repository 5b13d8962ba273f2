#include "voice/player.hpp"

#include "util/argv_template.hpp"

namespace knead::voice {

const char *to_string(SoundMode mode) {
  return k_sound_mode_names[static_cast<std::size_t>(mode)].data();
}

std::optional<SoundMode> parse_sound_mode(std::string_view text) {
  for (std::size_t i = 0; i < std::size(k_sound_mode_names); ++i) {
    if (k_sound_mode_names[i] == text) {
      return static_cast<SoundMode>(i);
    }
  }
  return std::nullopt;
}

std::optional<std::string>
choose_player(const std::function<bool(const std::string &)> &available) {
  for (const char *program : {"pw-play", "paplay", "aplay", "play"}) {
    if (available(program)) {
      return std::string(program);
    }
  }
  return std::nullopt;
}

std::vector<std::string> play_argv(const std::string &player, const std::string &path) {
  if (player == "aplay" || player == "play") {
    return {player, "-q", path}; // quiet: no banner on a stderr that is /dev/null anyway
  }
  return {player, path};
}

std::vector<std::string> default_render_command(bool with_rate) {
  std::vector<std::string> argv{"espeak-ng", "-w", "{wav}"};
  if (with_rate) {
    argv.insert(argv.end(), {"-s", "{rate}"});
  }
  // "--" ends the options: a phrase that starts with '-' is spoken, not parsed.
  argv.insert(argv.end(), {"--", "{text}"});
  return argv;
}

std::vector<std::string> fill_template(const std::vector<std::string> &command,
                                       const std::string &text, const std::string &wav) {
  return argv_template::expand(command, {{"text", text}, {"wav", wav}});
}

} // namespace knead::voice
