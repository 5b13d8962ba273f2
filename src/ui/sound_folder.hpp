#pragma once

#include "voice/chime.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace knead::ui {

// The private folder for the sounds of a session (chimes, rendered speech):
// `$XDG_RUNTIME_DIR/knead` (a tmpfs of the user's own, gone at logout), else
// `$XDG_CACHE_HOME/knead/sounds` (default `~/.cache/knead/sounds`). Made with mode
// 0700; a folder that is not a directory of ours, or not 0700 after a chmod, is
// refused, since a player would play whatever another user left there. `why` says
// what went wrong.
std::optional<std::filesystem::path> sound_folder(std::string *why);

// Writes each chime as a WAV file into `folder` (through a rename, so a player never
// reads half a file) and returns their paths; a chime that cannot be written is left
// out.
std::map<voice::Chime, std::filesystem::path> write_chimes(const std::filesystem::path &folder);

// The file a phrase is rendered to: its name is a hash of the speech command and the
// phrase, so a later session reuses it.
std::filesystem::path speech_file(const std::filesystem::path &folder, const std::string &key);

} // namespace knead::ui
