#pragma once

#include "routine/loader.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knead::routine {

// Reads a routine file's text. A missing or unreadable file, a directory, a FIFO or a
// device (checked without blocking: util/small_file.hpp) and a file
// over k_max_routine_bytes (checked before reading; a pipe, after reading one byte
// past the limit) each add one diagnostic without a position and return nothing.
std::optional<std::string> read_routine_file(const std::filesystem::path &path,
                                             std::vector<Diagnostic> &diagnostics);

// Reads and parses the file at `path`; its diagnostics name the file as given.
LoadResult load_routine_file(const std::filesystem::path &path, std::string_view id);

} // namespace knead::routine
