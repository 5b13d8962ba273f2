#pragma once

#include <filesystem>
#include <vector>

namespace knead::xdg {

// Paths follow the XDG base directory specification, so tests isolate themselves by
// setting XDG_CONFIG_HOME, XDG_STATE_HOME and XDG_DATA_DIRS. Each falls back to the
// spec's default under $HOME; with neither set, a path under the current directory
// is never guessed: the functions throw knead::Error instead.

// `$XDG_CONFIG_HOME/knead`, default `~/.config/knead`.
std::filesystem::path config_dir();
// `$XDG_STATE_HOME/knead`, default `~/.local/state/knead`.
std::filesystem::path state_dir();
// `$XDG_CONFIG_HOME/knead/routines`: the user's own routines.
std::filesystem::path user_routines_dir();
// Each `$XDG_DATA_DIRS` entry (default `/usr/local/share:/usr/share`), in the spec's
// order of preference, most important first.
std::vector<std::filesystem::path> data_dirs();

} // namespace knead::xdg
