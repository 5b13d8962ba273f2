#include "cli/settings.hpp"

#include "cli/checks.hpp"
#include "config/loader.hpp"
#include "routine/diagnostic.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

namespace knead::cli {
namespace {

void add_pair(CLI::App &command, SettingFlags::Pair &pair, const std::string &name,
              const std::string &on_help, const std::string &off_help) {
  command.add_flag("--" + name, pair.on, on_help);
  command.add_flag("--no-" + name, pair.off, off_help);
}

void apply(config::Setting<bool> &setting, const SettingFlags::Pair &pair,
           const std::string &name) {
  if (pair.on && pair.off) {
    throw UsageError(fmt::format("--{} and --no-{} contradict each other: give one", name, name));
  }
  if (pair.on) {
    setting.set_from_flag(true, "--" + name);
  } else if (pair.off) {
    setting.set_from_flag(false, "--no-" + name);
  }
}

} // namespace

void add_setting_flags(CLI::App &command, SettingFlags &flags) {
  add_pair(command, flags.voice, "voice", "speak the guidance with espeak-ng or spd-say",
           "no speech, whatever the configuration says");
  command
      .add_option("--sound", flags.sound,
                  "chimes at step start, switch, release, each circle and the end: auto "
                  "(chimes, or the terminal bell without a player), chime, bell or off")
      ->type_name("MODE")
      ->check(one_of("--sound", std::vector<std::string>(config::k_sound_modes.begin(),
                                                         config::k_sound_modes.end())));
  add_pair(command, flags.bell, "bell",
           "let the terminal bell ring where there is no chime (the default)",
           "never ring the terminal bell");
  add_pair(command, flags.notify, "notify", "desktop notifications via notify-send",
           "no desktop notifications");
  add_pair(command, flags.hands_free, "hands-free",
           "before prompts go on by themselves after a spoken ten-second countdown",
           "before prompts wait for Enter");
}

EffectiveSettings effective_settings(const SettingFlags &flags, const GlobalOptions &global,
                                     Output &out) {
  EffectiveSettings effective;
  try {
    effective.place.path = config::default_config_path();
  } catch (const Error &) {
    // Neither XDG_CONFIG_HOME nor HOME: there is no file to read, only the defaults.
  }
  if (effective.place.path) {
    auto loaded = config::load_config_file(*effective.place.path);
    effective.place.found = loaded.found;
    if (!loaded.ok()) {
      out.print_to_stderr(routine::format_diagnostics(loaded.diagnostics));
      throw Error(fmt::format("the configuration file {} has errors (above); fix them or move the "
                              "file away",
                              effective.place.path->string()));
    }
    effective.settings = std::move(loaded.settings);
  }
  auto &settings = effective.settings;
  apply(settings.voice, flags.voice, "voice");
  apply(settings.bell, flags.bell, "bell");
  apply(settings.notify, flags.notify, "notify");
  apply(settings.hands_free, flags.hands_free, "hands-free");
  if (!flags.sound.empty()) {
    settings.sound.set_from_flag(flags.sound, "--sound");
  }
  if (!flags.routine.empty()) {
    settings.routine.set_from_flag(flags.routine, "(the routine named)");
  }
  if (!global.color.empty()) {
    settings.color.set_from_flag(global.color, "--color");
  }
  return effective;
}

} // namespace knead::cli
