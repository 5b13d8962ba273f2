#include "config/view.hpp"

#include "routine/duration.hpp"

#include <fmt/format.h>

namespace knead::config {
namespace {

// Values are aligned to this column, and their origins after the longest usual value.
constexpr std::size_t k_origin_column = 32;

// A TOML basic string. The loader refused control characters, so only the quote and
// the backslash need escaping; the result is still untrusted (it quotes the file).
std::string quoted(const std::string &value) {
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "\"";
}

std::string value_text(bool value) {
  return value ? "true" : "false";
}
std::string value_text(int value) {
  return std::to_string(value);
}
std::string value_text(const std::string &value) {
  return quoted(value);
}
std::string value_text(std::chrono::seconds value) {
  return quoted(routine::format_duration(value));
}
std::string value_text(const std::vector<std::string> &value) {
  std::string out = "[";
  for (std::size_t i = 0; i < value.size(); ++i) {
    out += (i == 0 ? "" : ", ") + quoted(value[i]);
  }
  return out + "]";
}

template <typename T> Text origin_text(const Setting<T> &setting, std::string_view note) {
  switch (setting.origin) {
  case Origin::file:
    return Text::format("# file, line {}", setting.line);
  case Origin::flag:
    return Text::format("# flag {}", Untrusted(setting.flag));
  case Origin::builtin:
    break;
  }
  return note.empty() ? Text("# default") : Text::format("# default: {}", note);
}

template <typename T>
Text line(std::string_view key, const Setting<T> &setting, std::string_view note = {}) {
  const Text assignment = Text::format("{} = {}", key, Untrusted(value_text(setting.value)));
  return assignment.padded_right(k_origin_column - 1) + " " + origin_text(setting, note) + "\n";
}

} // namespace

Text format_settings(const Settings &settings, const ConfigPlace &place) {
  Text out;
  if (!place.path) {
    out += "# No configuration folder: neither XDG_CONFIG_HOME nor HOME is set.\n";
  } else if (place.found) {
    out += Text::format("# {}\n", Untrusted(place.path->string()));
  } else {
    out += Text::format("# {} does not exist ('knead config --init' writes one).\n",
                        Untrusted(place.path->string()));
  }
  out += line("voice", settings.voice);
  out += line("voice_command", settings.voice_command, "espeak-ng, else spd-say");
  out += line("voice_rate", settings.voice_rate);
  out += line("sound", settings.sound);
  out += line("bell", settings.bell);
  out += line("notify", settings.notify);
  out += line("hands_free", settings.hands_free);
  out += line("routine", settings.routine);
  out += line("color", settings.color);
  out += line("terminal", settings.terminal);
  out += line("ready", settings.ready);
  return out;
}

} // namespace knead::config
