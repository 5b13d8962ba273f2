// Fuzzes the configuration file parser (`config.toml`) with arbitrary contents.
// Beyond not crashing, it holds the parser to its promises: a refusal always says
// why, every diagnostic has a message and a sane position, a file with errors sets
// nothing, and the settings a good file sets carry no text unsafe on a terminal.
#include "config/loader.hpp"
#include "util/sanitize.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void require_safe(const std::string &text) {
  if (knead::find_unsafe_text(text)) {
    std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char *>(data), size);
  const auto result = knead::config::parse_config(text, "config.toml");
  for (const auto &diagnostic : result.diagnostics) {
    if (diagnostic.line < 0 || diagnostic.column < 0 || diagnostic.message.empty()) {
      std::abort();
    }
  }
  const auto &settings = result.settings;
  if (!result.ok()) {
    // A broken file sets nothing: every value is the default, from no line.
    if (settings.routine.value != knead::config::Settings{}.routine.value ||
        !settings.voice_command.value.empty()) {
      std::abort();
    }
    return 0;
  }
  require_safe(settings.routine.value);
  require_safe(settings.sound.value);
  require_safe(settings.color.value);
  for (const auto &argument : settings.voice_command.value) {
    require_safe(argument);
  }
  return 0;
}
