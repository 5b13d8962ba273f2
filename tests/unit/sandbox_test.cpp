#include "unit/sandbox.hpp"
#include "util/xdg.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

using knead::test::sandbox;

namespace {

// Whether `path` is `sandbox()` or inside it.
bool in_sandbox(const std::filesystem::path &path) {
  const auto relative = path.lexically_relative(sandbox());
  return !relative.empty() && *relative.begin() != "..";
}

std::string env(const char *name) {
  const char *value = std::getenv(name);
  return value == nullptr ? "(unset)" : value;
}

} // namespace

TEST_CASE("every unit test runs with its home and XDG folders in a sandbox of its own") {
  REQUIRE_FALSE(sandbox().empty());
  CHECK(sandbox().filename().string().starts_with("knead-unit."));
  for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME",
                           "XDG_CACHE_HOME", "XDG_DATA_DIRS", "XDG_RUNTIME_DIR", "TMPDIR"}) {
    CAPTURE(name);
    CHECK(in_sandbox(env(name)));
    CHECK(std::filesystem::is_directory(env(name)));
  }
  CHECK(in_sandbox(knead::xdg::config_dir()));
  CHECK(in_sandbox(knead::xdg::state_dir()));
  CHECK(knead::xdg::data_dirs() == std::vector<std::filesystem::path>{env("XDG_DATA_DIRS")});
  CHECK(in_sandbox(std::filesystem::temp_directory_path()));
  CHECK(in_sandbox(std::filesystem::current_path()));
}

TEST_CASE("the variables knead reads have known values in the sandbox") {
  CHECK(env("LANG") == "C.UTF-8");
  CHECK(env("LC_ALL") == "C.UTF-8");
  CHECK(env("TERM") == "xterm-256color");
  // ctest sets KNEAD_PROBE for the unit tests (tests/CMakeLists.txt), as a developer's
  // shell might set a KNEAD_ variable.
  for (const char *name :
       {"NO_COLOR", "VISUAL", "EDITOR", "LC_CTYPE", "KNEAD_PROBE", "DBUS_SESSION_BUS_ADDRESS"}) {
    CAPTURE(name);
    CHECK(env(name) == "(unset)");
  }
}

TEST_CASE("the sandbox replaces what a developer's shell sets") {
  using knead::test::ScopedEnv;
  const ScopedEnv no_color("NO_COLOR", "1");
  const ScopedEnv visual("VISUAL", "emacs");
  const ScopedEnv editor("EDITOR", "vi");
  const ScopedEnv ctype("LC_CTYPE", "de_DE.ISO-8859-1");
  const ScopedEnv all("LC_ALL", "C");
  const ScopedEnv term("TERM", "dumb");
  const ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus");
  const ScopedEnv knead_variable("KNEAD_SOMETHING", "1");
  const ScopedEnv config("XDG_CONFIG_HOME", "/home/me/.config");
  const auto other = knead::test::fresh_folder("other-sandbox");
  knead::test::point_environment_at(other);
  CHECK(env("XDG_CONFIG_HOME") == (other / "config").string());
  CHECK(env("HOME") == (other / "home").string());
  CHECK(env("LC_ALL") == "C.UTF-8");
  CHECK(env("TERM") == "xterm-256color");
  for (const char *name : {"NO_COLOR", "VISUAL", "EDITOR", "LC_CTYPE", "KNEAD_SOMETHING",
                           "DBUS_SESSION_BUS_ADDRESS"}) {
    CAPTURE(name);
    CHECK(env(name) == "(unset)");
  }
  knead::test::point_environment_at(sandbox()); // back, before the scoped ones undo theirs
}

TEST_CASE("fresh folders are new, empty and inside the sandbox") {
  const auto first = knead::test::fresh_folder("scratch");
  const auto second = knead::test::fresh_folder("scratch");
  CHECK(first != second);
  CHECK(in_sandbox(first));
  CHECK(std::filesystem::is_empty(first));
}

TEST_CASE("a scoped variable is put back as it was") {
  {
    const knead::test::ScopedEnv set("KNEAD_SANDBOX_TEST", "1");
    CHECK(env("KNEAD_SANDBOX_TEST") == "1");
    {
      const knead::test::ScopedEnv unset("KNEAD_SANDBOX_TEST", std::nullopt);
      CHECK(env("KNEAD_SANDBOX_TEST") == "(unset)");
    }
    CHECK(env("KNEAD_SANDBOX_TEST") == "1");
  }
  CHECK(env("KNEAD_SANDBOX_TEST") == "(unset)");
}
