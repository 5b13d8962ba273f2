#include "routine/source_file.hpp"

#include "util/small_file.hpp"

#include <fmt/format.h>

namespace knead::routine {
namespace {

Diagnostic file_problem(const std::filesystem::path &path, std::string message,
                        std::string hint = {}) {
  return {.file = path.string(), .message = std::move(message), .hint = std::move(hint)};
}

} // namespace

std::optional<std::string> read_routine_file(const std::filesystem::path &path,
                                             std::vector<Diagnostic> &diagnostics) {
  // A pipe is fine (`knead check /dev/stdin`); a FIFO nobody writes to reads as empty.
  auto read =
      files::read_small_file(path, k_max_routine_bytes, files::Accept::regular_file_or_pipe);
  if (read.text) {
    return std::move(read.text);
  }
  const auto &problem = read.problem;
  using Kind = files::ReadProblem::Kind;
  switch (problem.kind) {
  case Kind::directory:
    diagnostics.push_back(file_problem(path, "cannot open: it is a directory, not a file",
                                       "name a .toml file inside it"));
    break;
  case Kind::not_a_file:
    diagnostics.push_back(
        file_problem(path, "cannot open: " + files::describe(problem), "name a .toml file"));
    break;
  case Kind::too_large:
    // From a pipe how much it would have given is unknown: say what is known.
    diagnostics.push_back(file_problem(
        path,
        problem.size == 0
            ? fmt::format("the file is too large (over {} bytes; the limit is 1 MiB)",
                          k_max_routine_bytes)
            : fmt::format("the file is too large ({} bytes; the limit is 1 MiB)", problem.size),
        "a routine file is a page of text: is this the right file?"));
    break;
  case Kind::missing:
  case Kind::unreadable:
    diagnostics.push_back(file_problem(path, "cannot open: " + files::describe(problem)));
    break;
  }
  return std::nullopt;
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
