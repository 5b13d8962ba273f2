#include "routine/library.hpp"

#include "routine/name.hpp"
#include "routine/source_file.hpp"
#include "routine/suggest.hpp"
#include "routine/timing.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace knead::routine {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_builtin_prefix = "builtin:";

std::string builtin_path(std::string_view id) {
  return std::string(k_builtin_prefix) + std::string(id);
}

bool same_text(const fs::path &file, std::string_view text) {
  std::vector<Diagnostic> ignored;
  const auto content = read_routine_file(file, ignored);
  return content && *content == text;
}

// One line for knead::Error: the first problem, and how to see the rest.
std::string load_failure(const LoadResult &result, const std::string &path) {
  const auto &first = result.diagnostics.front();
  std::string line = first.file;
  if (first.line > 0) {
    line += fmt::format(":{}:{}", first.line, first.column);
  }
  line += ": " + first.message;
  const auto errors =
      std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                    [](const Diagnostic &d) { return d.severity == Severity::error; });
  if (errors > 1) {
    line += fmt::format(" (and {} more; run 'knead check {}')", errors - 1, path);
  }
  return line;
}

} // namespace

std::vector<RoutineDir> routine_dirs(const LibraryFolders &folders) {
  std::vector<RoutineDir> dirs;
  auto add = [&](const fs::path &path, Origin origin) {
    if (path.empty()) {
      return;
    }
    const auto normal = path.lexically_normal();
    std::erase_if(dirs, [&](const RoutineDir &dir) { return dir.path == normal; });
    dirs.push_back({normal, origin});
  };
  add(folders.install, Origin::system);
  // Not std::views::reverse: clang 14 (the fuzzers, clang-tidy) cannot compile
  // libstdc++ 12's views.
  std::for_each(folders.data.rbegin(), folders.data.rend(),
                [&](const fs::path &folder) { add(folder, Origin::system); });
  if (folders.user) {
    add(*folders.user, Origin::user);
  }
  return dirs;
}

Library::Library(std::span<const BuiltinText> builtins, const LibraryFolders &folders, Warn warn)
    : m_builtins(builtins), m_dirs(routine_dirs(folders)), m_warn(std::move(warn)) {}

std::optional<std::string_view> Library::builtin_text(std::string_view id) const {
  for (const auto &builtin : m_builtins) {
    if (builtin.id == id) {
      return builtin.text;
    }
  }
  return std::nullopt;
}

// The *.toml files directly in `dir`, sorted; nothing when it does not exist. A folder
// that exists but cannot be read (no permission, a file in its place) is worth one
// warning: its routines are missing, and the person should know why.
std::vector<fs::path> Library::routine_files(const fs::path &dir) const {
  std::vector<fs::path> files;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (it->path().extension() == ".toml" && it->is_regular_file(error)) {
      files.push_back(it->path());
    }
  }
  if (error && error != std::errc::no_such_file_or_directory && m_warn &&
      m_warned.insert(dir).second) {
    m_warn(fmt::format("cannot read the routine folder {}: {}; its routines are left out",
                       dir.string(), error.message()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<FoundRoutine> Library::find_all() const {
  std::map<std::string, FoundRoutine, std::less<>> found;
  for (const auto &builtin : m_builtins) {
    found[std::string(builtin.id)] = {
        std::string(builtin.id), Origin::builtin, builtin_path(builtin.id), {}};
  }
  for (const auto &dir : m_dirs) {
    for (const auto &file : routine_files(dir.path)) {
      const auto id = file.stem().string();
      auto &entry = found[id];
      if (entry.id.empty()) {
        entry = {id, dir.origin, file.string(), {}};
        continue;
      }
      const auto text = builtin_text(id);
      if (entry.origin == Origin::builtin && dir.origin == Origin::system && text &&
          same_text(file, *text)) {
        continue;
      }
      entry.shadows.push_back(entry.path);
      entry.origin = dir.origin;
      entry.path = file.string();
    }
  }
  std::vector<FoundRoutine> routines;
  routines.reserve(found.size());
  for (auto &[id, entry] : found) {
    routines.push_back(std::move(entry));
  }
  return routines;
}

std::optional<FoundRoutine> Library::find(std::string_view id) const {
  for (auto &routine : find_all()) {
    if (routine.id == id) {
      return std::move(routine);
    }
  }
  return std::nullopt;
}

std::string Library::suggestion(std::string_view id) const {
  std::error_code error;
  if (!id.empty() && fs::is_regular_file(id, error)) {
    return fmt::format("to use the file {} here, name it ./{}", id, id);
  }
  std::vector<std::string> ids;
  for (const auto &routine : find_all()) {
    ids.push_back(routine.id);
  }
  const std::vector<std::string_view> views(ids.begin(), ids.end());
  return did_you_mean(id, views, "'knead list' shows them all");
}

LoadResult Library::load_found(const FoundRoutine &found) const {
  LoadResult result;
  if (found.origin == Origin::builtin) {
    result = parse_routine(builtin_text(found.id).value_or(""), found.path, found.id);
  } else {
    result = load_routine_file(found.path, found.id);
  }
  if (result.routine) {
    result.routine->origin = found.origin;
    result.routine->path = found.path;
    apply_default_ready(*result.routine, m_default_ready);
  }
  return result;
}

Routine Library::load(std::string_view name_or_path) const {
  LoadResult result;
  std::string path;
  if (is_routine_path(name_or_path)) {
    path = std::string(name_or_path);
    result = load_routine_file(path, routine_id_of(name_or_path));
    if (result.routine) {
      result.routine->origin = Origin::file;
      result.routine->path = path;
      apply_default_ready(*result.routine, m_default_ready);
    }
  } else {
    const auto found = find(name_or_path);
    if (!found) {
      throw Error(
          fmt::format("no routine named \"{}\"; {}", name_or_path, suggestion(name_or_path)));
    }
    path = found->path;
    result = load_found(*found);
  }
  if (!result.routine) {
    throw Error(load_failure(result, path));
  }
  return std::move(*result.routine);
}

} // namespace knead::routine
