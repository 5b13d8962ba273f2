#include "routine/source_file.hpp"

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

namespace knead::routine {
namespace {

Diagnostic file_problem(const std::filesystem::path &path, std::string message,
                        std::string hint = {}) {
  return {path.string(), 0, 0, Severity::error, std::move(message), std::move(hint)};
}

} // namespace

std::optional<std::string> read_routine_file(const std::filesystem::path &path,
                                             std::vector<Diagnostic> &diagnostics) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error) {
    diagnostics.push_back(file_problem(path, "cannot open: " + error.message()));
    return std::nullopt;
  }
  if (std::filesystem::is_directory(status)) {
    diagnostics.push_back(file_problem(path, "cannot open: it is a directory, not a file",
                                       "name a .toml file inside it"));
    return std::nullopt;
  }
  if (std::filesystem::is_regular_file(status)) {
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > k_max_routine_bytes) {
      diagnostics.push_back(file_problem(
          path, fmt::format("the file is too large ({} bytes; the limit is 1 MiB)", size),
          "a routine file is a page of text: is this the right file?"));
      return std::nullopt;
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.push_back(file_problem(path, std::string("cannot open: ") + std::strerror(errno)));
    return std::nullopt;
  }
  // Read at most one byte past the limit, so a pipe or device cannot make us read forever.
  std::string text;
  std::array<char, 8192> buffer{};
  while (in && text.size() <= k_max_routine_bytes) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (text.size() > k_max_routine_bytes) {
    // Only a pipe or a device gets here (a file's size was checked), and how much it
    // would have given is unknown: say what is known.
    diagnostics.push_back(
        file_problem(path,
                     fmt::format("the file is too large (over {} bytes; the limit is 1 MiB)",
                                 k_max_routine_bytes),
                     "a routine file is a page of text: is this the right file?"));
    return std::nullopt;
  }
  return text;
}

LoadResult load_routine_file(const std::filesystem::path &path, std::string_view id) {
  LoadResult result;
  auto text = read_routine_file(path, result.diagnostics);
  if (!text) {
    return result;
  }
  return parse_routine(*text, path.string(), id);
}

} // namespace knead::routine
