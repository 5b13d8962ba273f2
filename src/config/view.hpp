#pragma once

#include "config/settings.hpp"
#include "util/text.hpp"

#include <filesystem>
#include <optional>

namespace knead::config {

// Where the settings were looked for: the file's path (nothing when neither
// XDG_CONFIG_HOME nor HOME is set) and whether it exists.
struct ConfigPlace {
  std::optional<std::filesystem::path> path;
  bool found = false;
};

// What `knead config` prints: a comment line saying which file was read, then each
// setting as the file would write it, with where its value came from ("# default",
// "# file, line 3", "# flag --no-bell"), so the output can be pasted into the file.
// The file's values and path are untrusted.
Text format_settings(const Settings &settings, const ConfigPlace &place);

} // namespace knead::config
