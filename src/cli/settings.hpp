#pragma once

#include "cli/command.hpp"
#include "config/settings.hpp"
#include "config/view.hpp"
#include "util/output.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace knead::cli {

// The options that override the configuration file, shared by `run` (which uses
// them) and `config` (which shows what they would make of the settings), so the two
// cannot drift apart. Giving both of a pair (--voice --no-voice) is a usage error.
struct SettingFlags {
  struct Pair {
    bool on = false;
    bool off = false;
  };
  Pair voice;
  Pair bell;
  Pair notify;
  Pair hands_free;
  std::string sound;   // --sound auto|chime|bell|off; empty: not given
  std::string routine; // run's positional; empty: not given
};

void add_setting_flags(CLI::App &command, SettingFlags &flags);

// The settings in effect and where the file is.
struct EffectiveSettings {
  config::Settings settings;
  config::ConfigPlace place;
};

// Reads the configuration file (config.toml under XDG_CONFIG_HOME) and lays `flags`
// and the global --color over it. A broken file has each problem printed on stderr
// as file:line:col and is a knead::Error (exit 1): a setting the person wrote is
// never ignored in silence.
EffectiveSettings effective_settings(const SettingFlags &flags, const GlobalOptions &global,
                                     Output &out);

} // namespace knead::cli
