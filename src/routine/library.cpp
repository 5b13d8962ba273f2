#include "routine/library.hpp"

#include "knead_version.hpp"
#include "routine/builtin.hpp"
#include "routine/name.hpp"
#include "routine/source_file.hpp"
#include "routine/suggest.hpp"
#include "util/error.hpp"
#include "util/sanitize.hpp"
#include "util/xdg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

namespace knead::routine {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_builtin_prefix = "builtin:";

std::string builtin_path(std::string_view id) {
  return std::string(k_builtin_prefix) + std::string(id);
}

std::optional<std::string_view> builtin_text(std::string_view id) {
  for (const auto &builtin : builtin_routine_texts()) {
    if (builtin.id == id) {
      return builtin.text;
    }
  }
  return std::nullopt;
}

// One line on stderr for a folder that exists but cannot be read (no permission, a
// file in its place): its routines are missing, and the person should know why. Once
// per folder, however often the folders are searched.
void warn_unreadable(const fs::path &dir, const std::error_code &error) {
  static std::set<fs::path> warned;
  if (warned.insert(dir).second) {
    std::cerr << "knead: warning: cannot read the routine folder "
              << sanitize_for_terminal(dir.string()) << ": " << error.message()
              << "; its routines are left out\n"
              << std::flush;
  }
}

// The *.toml files directly in `dir`, sorted; nothing when it does not exist.
std::vector<fs::path> routine_files(const fs::path &dir) {
  std::vector<fs::path> files;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (it->path().extension() == ".toml" && it->is_regular_file(error)) {
      files.push_back(it->path());
    }
  }
  if (error && error != std::errc::no_such_file_or_directory) {
    warn_unreadable(dir, error);
  }
  std::sort(files.begin(), files.end());
  return files;
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

std::vector<RoutineDir> routine_dirs() {
  std::vector<RoutineDir> dirs;
  auto add = [&](const fs::path &path, Origin origin) {
    const auto normal = path.lexically_normal();
    std::erase_if(dirs, [&](const RoutineDir &dir) { return dir.path == normal; });
    dirs.push_back({normal, origin});
  };
  add(fs::path(KNEAD_INSTALL_DATADIR) / "knead" / "routines", Origin::system);
  const auto data_dirs = xdg::data_dirs();
  for (auto it = data_dirs.rbegin(); it != data_dirs.rend(); ++it) {
    add(*it / "knead" / "routines", Origin::system);
  }
  try {
    add(xdg::user_routines_dir(), Origin::user);
  } catch (const Error &) {
    // Neither XDG_CONFIG_HOME nor HOME: there is no user folder to search.
  }
  return dirs;
}

std::vector<FoundRoutine> find_routines() {
  std::map<std::string, FoundRoutine, std::less<>> found;
  for (const auto &builtin : builtin_routine_texts()) {
    found[std::string(builtin.id)] = {
        std::string(builtin.id), Origin::builtin, builtin_path(builtin.id), {}};
  }
  for (const auto &dir : routine_dirs()) {
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
  for (auto &[id, entry] : found) {
    routines.push_back(std::move(entry));
  }
  return routines;
}

LoadResult load_found_routine(const FoundRoutine &found) {
  LoadResult result;
  if (found.origin == Origin::builtin) {
    result = parse_routine(builtin_text(found.id).value_or(""), found.path, found.id);
  } else {
    result = load_routine_file(found.path, found.id);
  }
  if (result.routine) {
    result.routine->origin = found.origin;
    result.routine->path = found.path;
  }
  return result;
}

std::optional<FoundRoutine> find_routine(std::string_view id) {
  for (auto &routine : find_routines()) {
    if (routine.id == id) {
      return std::move(routine);
    }
  }
  return std::nullopt;
}

std::string routine_suggestion(std::string_view id) {
  std::error_code error;
  if (!id.empty() && fs::is_regular_file(id, error)) {
    return fmt::format("to use the file {} here, name it ./{}", id, id);
  }
  std::vector<std::string> ids;
  for (const auto &routine : find_routines()) {
    ids.push_back(routine.id);
  }
  const std::vector<std::string_view> views(ids.begin(), ids.end());
  return did_you_mean(id, views, "'knead list' shows them all");
}

Routine load_routine(std::string_view name_or_path) {
  LoadResult result;
  std::string path;
  if (is_routine_path(name_or_path)) {
    path = std::string(name_or_path);
    result = load_routine_file(path, routine_id_of(name_or_path));
    if (result.routine) {
      result.routine->origin = Origin::file;
      result.routine->path = path;
    }
  } else {
    const auto found = find_routine(name_or_path);
    if (!found) {
      throw Error(fmt::format("no routine named \"{}\"; {}", name_or_path,
                              routine_suggestion(name_or_path)));
    }
    path = found->path;
    result = load_found_routine(*found);
  }
  if (!result.routine) {
    throw Error(load_failure(result, path));
  }
  return std::move(*result.routine);
}

} // namespace knead::routine
