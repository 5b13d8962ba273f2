#pragma once

#include "routine/builtin.hpp"
#include "routine/loader.hpp"
#include "routine/model.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace knead::routine {

// A folder routines are found in, with what kind of folder it is.
struct RoutineDir {
  std::filesystem::path path;
  Origin origin;
};

// The routine folders of a system, as the edge of the program finds them (the
// install's prefix, the XDG variables): the library itself reads no environment.
struct LibraryFolders {
  std::filesystem::path install;             // <prefix>/share/knead/routines
  std::vector<std::filesystem::path> data;   // each $XDG_DATA_DIRS/knead/routines, first wins
  std::optional<std::filesystem::path> user; // $XDG_CONFIG_HOME/knead/routines, if there is a home
};

// The folders searched after the built-ins, lowest priority first: the install's
// share dir, each data dir (the first entry of XDG_DATA_DIRS last, so it wins), then
// the user's folder. A folder named twice appears once, at its higher priority; an
// empty path is no folder.
std::vector<RoutineDir> routine_dirs(const LibraryFolders &folders);

// A routine found by `Library::find_all`: the copy that wins for its id, and what it hides.
struct FoundRoutine {
  std::string id;
  Origin origin = Origin::builtin;
  std::string path;                 // the file, or "builtin:<id>"
  std::vector<std::string> shadows; // paths ("builtin:<id>" or files) it hides, lowest first
};

// Every routine knead can run by id: the built-ins, then the folders. It is built
// once at the edge (cli/) with the built-ins, the folders and where warnings go, so
// tests build one from scratch folders and read its warnings.
class Library {
public:
  // Receives one line (without the "knead: warning: " prefix) for each folder that
  // exists but cannot be read; the text holds the folder's path as it is. An empty
  // one drops the warnings.
  using Warn = std::function<void(const std::string &)>;

  Library(std::span<const BuiltinText> builtins, const LibraryFolders &folders, Warn warn);

  // The folders searched after the built-ins, lowest priority first.
  const std::vector<RoutineDir> &dirs() const { return m_dirs; }

  // The get-ready of every step a loaded routine leaves unset (the configuration's
  // `ready`; k_default_ready unless set), so every command times the same plan.
  void set_default_ready(std::chrono::seconds ready) { m_default_ready = ready; }
  [[nodiscard]] std::chrono::seconds default_ready() const { return m_default_ready; }

  // Every routine found, one per id, sorted by id. A later folder's routine shadows an
  // earlier one with the same id; a system copy whose text is identical to the built-in
  // (an installed knead ships its built-ins in share/) is the built-in, not a shadow.
  // A folder that exists but cannot be read is left out, with one warning however
  // often the folders are searched.
  std::vector<FoundRoutine> find_all() const;

  // The winning copy of the routine `id`, or nothing.
  std::optional<FoundRoutine> find(std::string_view id) const;

  // For an unknown id: "did you mean \"lower-back\"?" when one is close; when a file
  // of that name is in the working directory, how to name it as a file; otherwise
  // where to look.
  std::string suggestion(std::string_view id) const;

  // Loads a found routine (built-in text or file) and sets its origin and path.
  LoadResult load_found(const FoundRoutine &found) const;

  // Finds a routine by id (the winning copy) or by path (routine/name.hpp decides
  // which), loads it, and returns it. Throws knead::Error with the first problem
  // (and how many more) when it is unknown or does not load cleanly; `knead check`
  // shows every problem.
  Routine load(std::string_view name_or_path) const;

private:
  std::optional<std::string_view> builtin_text(std::string_view id) const;
  std::vector<std::filesystem::path> routine_files(const std::filesystem::path &dir) const;

  std::span<const BuiltinText> m_builtins;
  std::vector<RoutineDir> m_dirs;
  Warn m_warn;
  std::chrono::seconds m_default_ready = k_default_ready;
  mutable std::set<std::filesystem::path> m_warned; // folders already warned about
};

} // namespace knead::routine
