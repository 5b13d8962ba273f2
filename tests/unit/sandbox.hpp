#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// The environment every unit test runs in. main() builds one Sandbox before the first
// test, so no test sees the developer's own routines, history, editor or locale, and
// the processes ctest runs in parallel (one per case) never share a folder.
namespace knead::test {

// This process's scratch folder: HOME, every XDG folder, TMPDIR and the working
// directory are inside it.
const std::filesystem::path &sandbox();

// A new, empty folder inside the sandbox, its name starting with `name` ("library-3"),
// never the same twice in a process.
std::filesystem::path fresh_folder(std::string_view name);

// Points HOME, every XDG folder and TMPDIR at folders under `root` (creating them),
// sets LANG, LC_ALL and TERM to known values and unsets the rest that knead or a test
// might read (NO_COLOR, VISUAL, EDITOR, LC_CTYPE, the session bus, every KNEAD_*).
void point_environment_at(const std::filesystem::path &root);

// Sets the environment variable `name` to `value` (or unsets it, for nullopt) until
// the end of the scope, then puts back what was there.
class ScopedEnv {
public:
  ScopedEnv(std::string name, const std::optional<std::string> &value);
  ~ScopedEnv();
  ScopedEnv(const ScopedEnv &) = delete;
  ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
  std::string m_name;
  std::optional<std::string> m_before;
};

// Creates the scratch folder under $TMPDIR (mkdtemp: unique to the process), points
// the environment at it and sets the variables knead reads to known values; the
// destructor removes the folder with everything in it.
class Sandbox {
public:
  Sandbox();
  ~Sandbox();
  Sandbox(const Sandbox &) = delete;
  Sandbox &operator=(const Sandbox &) = delete;

private:
  std::filesystem::path m_working_before;
};

} // namespace knead::test
