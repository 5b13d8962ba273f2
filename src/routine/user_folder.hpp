#pragma once

#include <filesystem>
#include <string_view>

namespace knead::routine {

// Where the user's routine `id` lives: `$XDG_CONFIG_HOME/knead/routines/<id>.toml`.
std::filesystem::path user_routine_path(std::string_view id);

// Writes `text` to `path`, creating its folder, and never replaces an existing file
// (the file is created exclusively, so a race cannot overwrite either). Throws
// knead::Error when the file exists or cannot be written.
void write_new_file(const std::filesystem::path &path, std::string_view text);

} // namespace knead::routine
