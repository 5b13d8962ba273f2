#include "routine/builtin.hpp"
#include "routine/library.hpp"
#include "routine/source_file.hpp"
#include "unit/sandbox.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace knead::routine;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_valid = "title = \"Mine\"\n[[step]]\ntitle = \"S\"\n"
                                     "region = \"hips\"\nhold = \"1m\"\n";

// Scratch routine folders for one test: an install dir, two data dirs, a user folder,
// and a library over them (with the real built-ins) that keeps its warnings.
class ScratchLibrary {
public:
  ScratchLibrary()
      : m_root(knead::test::fresh_folder("library")),
        m_library(builtin_routine_texts(), folders(m_root),
                  [this](const std::string &warning) { m_warnings.push_back(warning); }) {}
  ScratchLibrary(const ScratchLibrary &) = delete;
  ScratchLibrary &operator=(const ScratchLibrary &) = delete;

  static LibraryFolders folders(const fs::path &root) {
    return {root / "install", {root / "first", root / "second"}, root / "user"};
  }

  fs::path write(const fs::path &relative, std::string_view text) const {
    const auto path = m_root / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  const fs::path &root() const { return m_root; }
  const Library &library() const { return m_library; }
  const std::vector<std::string> &warnings() const { return m_warnings; }

private:
  fs::path m_root;
  std::vector<std::string> m_warnings;
  Library m_library;
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
    CHECK(format_diagnostics(result.diagnostics).utf8() == "");
  }
}

TEST_CASE("routine folders go from the install's share dir to the user's") {
  const auto dirs = routine_dirs({"/usr/share/knead/routines",
                                  {"/etc/xdg/knead/routines", "/opt/knead/routines"},
                                  "/home/me/.config/knead/routines"});
  REQUIRE(dirs.size() == 4);
  CHECK(dirs[0].path == "/usr/share/knead/routines");
  CHECK(dirs[0].origin == Origin::system);
  CHECK(dirs[1].path == "/opt/knead/routines");
  CHECK(dirs[2].path == "/etc/xdg/knead/routines");
  CHECK(dirs[2].origin == Origin::system);
  CHECK(dirs[3].path == "/home/me/.config/knead/routines");
  CHECK(dirs[3].origin == Origin::user);
}

TEST_CASE("a folder named twice is searched once, at its higher priority") {
  const auto dirs = routine_dirs(
      {"/usr/share/knead/routines", {"/usr/share/./knead/routines", "/opt/knead/routines"}, {}});
  REQUIRE(dirs.size() == 2);
  CHECK(dirs[0].path == "/opt/knead/routines");
  CHECK(dirs[1].path == "/usr/share/knead/routines");
  CHECK(dirs[1].origin == Origin::system);
}

TEST_CASE("a later folder shadows an earlier one, and an identical system copy does not") {
  const ScratchLibrary scratch;
  const auto builtin = builtin_routine_texts().front();
  scratch.write(fs::path("second") / (std::string(builtin.id) + ".toml"), builtin.text);
  scratch.write("install/mine.toml", k_valid);
  scratch.write("second/mine.toml", k_valid);
  const auto first = scratch.write("first/mine.toml", k_valid);
  const auto user = scratch.write("user/mine.toml", k_valid);
  scratch.write("user/notes.txt", "not a routine");

  const auto routines = scratch.library().find_all();
  const auto *same = find(routines, builtin.id);
  REQUIRE(same != nullptr);
  CHECK(same->origin == Origin::builtin);
  CHECK(same->shadows.empty());

  const auto *mine = find(routines, "mine");
  REQUIRE(mine != nullptr);
  CHECK(mine->origin == Origin::user);
  CHECK(mine->path == user.string());
  REQUIRE(mine->shadows.size() == 3);
  CHECK(mine->shadows[2] == first.string());
  CHECK(find(routines, "notes") == nullptr);

  const auto routine = scratch.library().load("mine");
  CHECK(routine.title == "Mine");
  CHECK(routine.origin == Origin::user);
  CHECK(routine.path == user.string());
  CHECK(scratch.warnings().empty());
}

TEST_CASE("a user routine with the built-in's id shadows it") {
  const ScratchLibrary scratch;
  scratch.write("user/lower-back.toml", k_valid);
  const auto found = scratch.library().find("lower-back");
  REQUIRE(found.has_value());
  CHECK(found->origin == Origin::user);
  CHECK(found->shadows == std::vector<std::string>{"builtin:lower-back"});
}

TEST_CASE("routines load by id or by path, and say why when they cannot") {
  const ScratchLibrary scratch;
  const auto &library = scratch.library();
  const auto builtin = library.load("lower-back");
  CHECK(builtin.origin == Origin::builtin);
  CHECK(builtin.path == "builtin:lower-back");

  const auto file = scratch.write("elsewhere/my.toml", k_valid);
  const auto by_path = library.load(file.string());
  CHECK(by_path.id == "my");
  CHECK(by_path.origin == Origin::file);
  CHECK(by_path.path == file.string());

  CHECK_THROWS_WITH_AS(library.load("lowerback"),
                       "no routine named \"lowerback\"; did you mean \"lower-back\"?",
                       knead::Error);
  CHECK_THROWS_WITH_AS(library.load("zzz"), "no routine named \"zzz\"; 'knead list' shows them all",
                       knead::Error);
  const auto missing = (scratch.root() / "missing.toml").string();
  CHECK_THROWS_WITH_AS(library.load(missing),
                       (missing + ": cannot open: No such file or directory").c_str(),
                       knead::Error);
  const auto bad = scratch.write("bad.toml", "title = 1\nhodl = 2\n");
  CHECK_THROWS_WITH_AS(library.load(bad.string()),
                       (bad.string() +
                        ":1:1: the routine has no steps (and 2 more; run 'knead "
                        "check " +
                        bad.string() + "')")
                           .c_str(),
                       knead::Error);
}

TEST_CASE("a name that is a file here, but not written as a path, gets a hint") {
  const ScratchLibrary scratch;
  // The unit tests' working directory is a folder of the sandbox.
  const auto name = scratch.root().filename().string() + "-routine";
  std::ofstream(name) << k_valid;
  CHECK_THROWS_WITH_AS(
      scratch.library().load(name),
      ("no routine named \"" + name + "\"; to use the file " + name + " here, name it ./" + name)
          .c_str(),
      knead::Error);
  CHECK(scratch.library().load("./" + name).title == "Mine");
  fs::remove(name);
}

TEST_CASE("a library knows the built-ins and folders it is given, and no others") {
  const auto root = knead::test::fresh_folder("library-own");
  fs::create_directories(root / "user");
  std::ofstream(root / "user" / "mine.toml") << k_valid;
  const BuiltinText builtins[] = {{"only", k_valid}};
  const Library library(builtins, {root / "install", {}, root / "user"}, {});
  const auto routines = library.find_all();
  REQUIRE(routines.size() == 2);
  CHECK(routines[0].id == "mine");
  CHECK(routines[1].id == "only");
  CHECK_FALSE(library.find("lower-back").has_value());
  CHECK(library.load("only").origin == Origin::builtin);
  std::ofstream(root / "install") << "a file where the folder should be";
  CHECK(library.find_all().size() == 2); // and no one to warn
}

TEST_CASE("a folder that cannot be read is named once, however often it is searched") {
  const ScratchLibrary scratch;
  scratch.write("user", "a file where the folder should be");
  scratch.write("first/mine.toml", k_valid);
  const auto &library = scratch.library();
  CHECK(find(library.find_all(), "mine") != nullptr);
  CHECK(library.find("lower-back").has_value());
  CHECK_THROWS_AS(library.load("zzz"), knead::Error);
  CHECK(scratch.warnings() ==
        std::vector<std::string>{"cannot read the routine folder " +
                                 (scratch.root() / "user").string() +
                                 ": Not a directory; its routines are left out"});
}

TEST_CASE("files that cannot be routines are refused before parsing") {
  const ScratchLibrary scratch;
  std::vector<Diagnostic> diagnostics;
  CHECK_FALSE(read_routine_file(scratch.root(), diagnostics));
  const auto big = scratch.write("big.toml", std::string(k_max_routine_bytes + 1, '#'));
  CHECK_FALSE(read_routine_file(big, diagnostics));
  REQUIRE(diagnostics.size() == 2);
  CHECK(format_diagnostic(diagnostics[0]).utf8() ==
        scratch.root().string() + ": error: cannot open: it is a directory, not a file\n"
                                  "  hint: name a .toml file inside it\n");
  CHECK(format_diagnostic(diagnostics[1]).utf8() ==
        big.string() + ": error: the file is too large (1048577 bytes; the limit is 1 MiB)\n"
                       "  hint: a routine file is a page of text: is this the right file?\n");
}
