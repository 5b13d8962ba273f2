#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knead::voice {

// `--sound`: chimes through a sound player when one is installed, else the terminal
// bell (auto); chimes only (the bell when no player is installed); the bell only;
// no sound.
enum class SoundMode { automatic, chime, bell, off };

inline constexpr std::string_view k_sound_mode_names[] = {"auto", "chime", "bell", "off"};

const char *to_string(SoundMode mode);
std::optional<SoundMode> parse_sound_mode(std::string_view text);

// The sound player to use: the first of pw-play, paplay, aplay and play that
// `available` finds (process::is_available in real use), else nothing.
std::optional<std::string> choose_player(const std::function<bool(const std::string &)> &available);

// The argv that plays the WAV file `path` with `player`.
std::vector<std::string> play_argv(const std::string &player, const std::string &path);

// The speech command that renders a phrase to a WAV file, as an argv template: each
// `{text}` and `{wav}` in an argument is replaced by the phrase and the file's path,
// and `{rate}` (when `with_rate`) by the words per minute.
std::vector<std::string> default_render_command(bool with_rate = false);

// `command` with its `{text}` and `{wav}` filled in.
std::vector<std::string> fill_template(const std::vector<std::string> &command,
                                       const std::string &text, const std::string &wav);

} // namespace knead::voice
