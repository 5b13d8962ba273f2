#pragma once

#include <filesystem>
#include <string_view>

namespace knead::routine {

// Writes `text` to `path`, creating its folder, and never replaces an existing file
// (the file is created exclusively, so a race cannot overwrite either). Throws
// knead::Error when the file exists or cannot be written.
void write_new_file(const std::filesystem::path &path, std::string_view text);

} // namespace knead::routine
