#include "routine/builtin.hpp"
#include "routine/library.hpp"
#include "routine/source_file.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace knead::routine;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_valid = "title = \"Mine\"\n[[step]]\ntitle = \"S\"\n"
                                     "region = \"hips\"\nhold = \"1m\"\n";

// Scratch XDG folders for one test: two data dirs and a config home.
class ScratchFolders {
public:
  ScratchFolders() {
    m_root = fs::temp_directory_path() / ("knead-library-test-" + std::to_string(::getpid()));
    fs::remove_all(m_root);
    fs::create_directories(m_root);
    set("XDG_CONFIG_HOME", m_root / "config");
    set("XDG_DATA_DIRS", (m_root / "first").string() + ":" + (m_root / "second").string());
  }
  ~ScratchFolders() {
    restore("XDG_CONFIG_HOME", m_old_config);
    restore("XDG_DATA_DIRS", m_old_data);
    fs::remove_all(m_root);
  }
  ScratchFolders(const ScratchFolders &) = delete;
  ScratchFolders &operator=(const ScratchFolders &) = delete;

  fs::path write(const fs::path &relative, std::string_view text) const {
    const auto path = m_root / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  const fs::path &root() const { return m_root; }

private:
  void set(const char *name, const fs::path &value) {
    const char *old = std::getenv(name);
    (std::string(name) == "XDG_CONFIG_HOME" ? m_old_config : m_old_data) =
        old == nullptr ? "" : old;
    ::setenv(name, value.c_str(), 1);
  }
  static void restore(const char *name, const std::string &value) {
    if (value.empty()) {
      ::unsetenv(name);
    } else {
      ::setenv(name, value.c_str(), 1);
    }
  }

  fs::path m_root;
  std::string m_old_config;
  std::string m_old_data;
};

const FoundRoutine *find(const std::vector<FoundRoutine> &routines, std::string_view id) {
  for (const auto &routine : routines) {
    if (routine.id == id) {
      return &routine;
    }
  }
  return nullptr;
}

} // namespace

TEST_CASE("every built-in routine loads without a problem") {
  for (const auto &builtin : builtin_routine_texts()) {
    CAPTURE(builtin.id);
    const auto result = parse_routine(builtin.text, builtin.id, builtin.id);
    CHECK(result.ok());
    CHECK(format_diagnostics(result.diagnostics) == "");
  }
}

TEST_CASE("routine folders go from the install's share dir to the user's") {
  const ScratchFolders folders;
  const auto dirs = routine_dirs();
  REQUIRE(dirs.size() >= 3);
  const auto n = dirs.size();
  CHECK(dirs[n - 3].path == folders.root() / "second/knead/routines");
  CHECK(dirs[n - 3].origin == Origin::system);
  CHECK(dirs[n - 2].path == folders.root() / "first/knead/routines");
  CHECK(dirs[n - 1].path == folders.root() / "config/knead/routines");
  CHECK(dirs[n - 1].origin == Origin::user);
}

TEST_CASE("a later folder shadows an earlier one, and an identical system copy does not") {
  const ScratchFolders folders;
  const auto builtin = builtin_routine_texts().front();
  folders.write(fs::path("second/knead/routines") / (std::string(builtin.id) + ".toml"),
                builtin.text);
  folders.write("second/knead/routines/mine.toml", k_valid);
  const auto first = folders.write("first/knead/routines/mine.toml", k_valid);
  const auto user = folders.write("config/knead/routines/mine.toml", k_valid);
  folders.write("config/knead/routines/notes.txt", "not a routine");

  const auto routines = find_routines();
  const auto *same = find(routines, builtin.id);
  REQUIRE(same != nullptr);
  CHECK(same->origin == Origin::builtin);
  CHECK(same->shadows.empty());

  const auto *mine = find(routines, "mine");
  REQUIRE(mine != nullptr);
  CHECK(mine->origin == Origin::user);
  CHECK(mine->path == user.string());
  REQUIRE(mine->shadows.size() == 2);
  CHECK(mine->shadows[1] == first.string());
  CHECK(find(routines, "notes") == nullptr);

  const auto routine = load_routine("mine");
  CHECK(routine.title == "Mine");
  CHECK(routine.origin == Origin::user);
  CHECK(routine.path == user.string());
}

TEST_CASE("a user routine with the built-in's id shadows it") {
  const ScratchFolders folders;
  const auto user = folders.write("config/knead/routines/lower-back.toml", k_valid);
  const auto routines = find_routines();
  const auto *found = find(routines, "lower-back");
  REQUIRE(found != nullptr);
  CHECK(found->origin == Origin::user);
  CHECK(found->shadows == std::vector<std::string>{"builtin:lower-back"});
}

TEST_CASE("routines load by id or by path, and say why when they cannot") {
  const ScratchFolders folders;
  const auto builtin = load_routine("lower-back");
  CHECK(builtin.origin == Origin::builtin);
  CHECK(builtin.path == "builtin:lower-back");

  const auto file = folders.write("elsewhere/my.toml", k_valid);
  const auto by_path = load_routine(file.string());
  CHECK(by_path.id == "my");
  CHECK(by_path.origin == Origin::file);

  CHECK_THROWS_WITH_AS(load_routine("lowerback"),
                       "no routine named \"lowerback\"; did you mean \"lower-back\"?",
                       knead::Error);
  CHECK_THROWS_WITH_AS(load_routine("zzz"), "no routine named \"zzz\"; 'knead list' shows them all",
                       knead::Error);
  const auto missing = (folders.root() / "missing.toml").string();
  CHECK_THROWS_WITH_AS(load_routine(missing),
                       (missing + ": cannot open: No such file or directory").c_str(),
                       knead::Error);
  const auto bad = folders.write("bad.toml", "title = 1\nhodl = 2\n");
  CHECK_THROWS_WITH_AS(load_routine(bad.string()),
                       (bad.string() +
                        ":1:1: the routine has no steps (and 2 more; run 'knead "
                        "check " +
                        bad.string() + "')")
                           .c_str(),
                       knead::Error);
}

TEST_CASE("a name that is a file here, but not written as a path, gets a hint") {
  const ScratchFolders folders;
  // The unit tests' working directory is a folder of the sandbox.
  const std::string name = "my-routine";
  std::ofstream(name) << k_valid;
  CHECK_THROWS_WITH_AS(load_routine(name),
                       "no routine named \"my-routine\"; to use the file my-routine here, name "
                       "it ./my-routine",
                       knead::Error);
  CHECK(load_routine("./" + name).title == "Mine");
  fs::remove(name);
}

TEST_CASE("files that cannot be routines are refused before parsing") {
  const ScratchFolders folders;
  std::vector<Diagnostic> diagnostics;
  CHECK_FALSE(read_routine_file(folders.root(), diagnostics));
  const auto big = folders.write("big.toml", std::string(k_max_routine_bytes + 1, '#'));
  CHECK_FALSE(read_routine_file(big, diagnostics));
  REQUIRE(diagnostics.size() == 2);
  CHECK(format_diagnostic(diagnostics[0]) ==
        folders.root().string() + ": error: cannot open: it is a directory, not a file\n"
                                  "  hint: name a .toml file inside it\n");
  CHECK(format_diagnostic(diagnostics[1]) ==
        big.string() + ": error: the file is too large (1048577 bytes; the limit is 1 MiB)\n"
                       "  hint: a routine file is a page of text: is this the right file?\n");
}
