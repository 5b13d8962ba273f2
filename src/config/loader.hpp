#pragma once

#include "config/settings.hpp"
#include "routine/diagnostic.hpp"

#include <cstddef>
#include <filesystem>
#include <string_view>
#include <vector>

namespace knead::config {

// A configuration file is a dozen lines; anything much larger is the wrong file.
inline constexpr std::size_t k_max_config_bytes = std::size_t{64} * 1024;

// What reading the configuration gives: the settings (the defaults with the file's
// values laid over them) and every problem found, in file order, as for a routine.
struct ConfigResult {
  Settings settings;
  std::vector<routine::Diagnostic> diagnostics;
  bool found = false; // whether the file exists (no file is no error: all defaults)

  [[nodiscard]] bool ok() const { return !routine::has_errors(diagnostics); }
};

// Parses and checks configuration `text`, naming `source_name` in each diagnostic.
// Every key is checked in one pass: unknown keys (with a did-you-mean), wrong types,
// words and ranges, the speech command's placeholders, unsafe text.
ConfigResult parse_config(std::string_view text, std::string_view source_name);

// Reads the file at `path`. A missing file gives the defaults with `found` false; a
// folder, an unreadable or oversized file is an error without a position.
ConfigResult load_config_file(const std::filesystem::path &path);

} // namespace knead::config
