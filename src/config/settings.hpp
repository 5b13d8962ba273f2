#pragma once

#include "routine/builtin.hpp"
#include "routine/model.hpp"

#include <array>
#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

// The person's settings: what `$XDG_CONFIG_HOME/knead/config.toml` may set, each with
// where its value came from. Plain data: the loader (config/loader.hpp) fills it from
// the file, the command line lays its flags over it, and `knead run` reads it.
namespace knead::config {

// Where a setting's value came from, as `knead config` says it.
enum class Origin { builtin, file, flag };

const char *to_string(Origin origin); // "default", "file", "flag"

template <typename T> struct Setting {
  explicit Setting(T default_value) : value(std::move(default_value)) {}

  T value;
  Origin origin = Origin::builtin;
  int line = 0;     // in the file, for Origin::file
  std::string flag; // the option that set it, for Origin::flag ("--no-bell")

  void set_from_file(T new_value, int at_line) {
    value = std::move(new_value);
    origin = Origin::file;
    line = at_line;
  }
  void set_from_flag(T new_value, std::string name) {
    value = std::move(new_value);
    origin = Origin::flag;
    line = 0;
    flag = std::move(name);
  }
};

// The words `sound` and `color` take, as their command-line options do.
inline constexpr std::array<std::string_view, 4> k_sound_modes = {"auto", "chime", "bell", "off"};
inline constexpr std::array<std::string_view, 3> k_color_modes = {"auto", "always", "never"};

// What a speech command may hold: the words to say, a WAV file to write them to, the
// rate in words per minute.
inline constexpr std::array<std::string_view, 3> k_voice_placeholders = {"text", "wav", "rate"};

// espeak-ng's own range for `-s` (words per minute) and its default.
inline constexpr int k_min_voice_rate = 80;
inline constexpr int k_max_voice_rate = 450;
inline constexpr int k_default_voice_rate = 175;

struct Settings {
  Setting<bool> voice{false};
  // An argv template ("{text}", "{wav}", "{rate}"); empty: espeak-ng, else spd-say.
  Setting<std::vector<std::string>> voice_command{std::vector<std::string>{}};
  Setting<int> voice_rate{k_default_voice_rate};
  Setting<std::string> sound{"auto"};
  Setting<bool> bell{true};
  Setting<bool> notify{false};
  Setting<bool> hands_free{false};
  Setting<std::string> routine{std::string(routine::k_default_routine)};
  Setting<std::string> color{"auto"};
  // The terminal a reminder's "Start now" opens `knead run R` in: the program and the
  // arguments before the command (`knead run R` is added as arguments of their own).
  Setting<std::vector<std::string>> terminal{std::vector<std::string>{"x-terminal-emulator", "-e"}};
  // The get-ready before each side of a pressing step, where the routine sets none.
  Setting<std::chrono::seconds> ready{routine::k_default_ready};
};

// The keys of the file, in the order `knead config` and `knead config --init` show them.
inline constexpr std::array<std::string_view, 11> k_keys = {
    "voice",      "voice_command", "voice_rate", "sound",    "bell", "notify",
    "hands_free", "routine",       "color",      "terminal", "ready"};

// `$XDG_CONFIG_HOME/knead/config.toml` (default `~/.config/knead/config.toml`); throws
// knead::Error when neither XDG_CONFIG_HOME nor HOME says where that is.
std::filesystem::path default_config_path();

} // namespace knead::config
