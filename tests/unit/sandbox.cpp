#include "unit/sandbox.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

extern char **environ; // NOLINT(readability-redundant-declaration): POSIX declares it nowhere

namespace knead::test {
namespace {

namespace fs = std::filesystem;

fs::path g_sandbox; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): set once

// The folders under the sandbox, as the XDG variables (and HOME, TMPDIR) name them.
constexpr std::pair<const char *, const char *> k_folders[] = {
    {"HOME", "home"},
    {"XDG_CONFIG_HOME", "config"},
    {"XDG_STATE_HOME", "state"},
    {"XDG_DATA_HOME", "data"},
    {"XDG_CACHE_HOME", "cache"},
    {"XDG_DATA_DIRS", "share"},
    {"XDG_RUNTIME_DIR", "run"},
    {"TMPDIR", "tmp"},
};

// Known values for what else knead reads: a UTF-8 locale, a colour terminal.
constexpr std::pair<const char *, const char *> k_values[] = {
    {"LANG", "C.UTF-8"},
    {"LC_ALL", "C.UTF-8"},
    {"TERM", "xterm-256color"},
};

// Unset: the developer's choices, and the desktop session bus (a test must never show
// a real notification).
constexpr const char *k_unset[] = {
    "NO_COLOR", "VISUAL", "EDITOR", "LC_CTYPE", "COLUMNS", "LINES", "DBUS_SESSION_BUS_ADDRESS"};

// Every variable whose name starts with KNEAD_: none may steer a test.
std::vector<std::string> knead_variables() {
  std::vector<std::string> names;
  for (char **entry = environ; *entry != nullptr; ++entry) {
    const std::string_view text(*entry);
    if (text.starts_with("KNEAD_")) {
      names.emplace_back(text.substr(0, text.find('=')));
    }
  }
  return names;
}

void set(const char *name, const std::string &value) {
  if (::setenv(name, value.c_str(), 1) != 0) {
    throw std::runtime_error(std::string("cannot set ") + name);
  }
}

// Removes `path`, first giving back permissions a test may have taken away.
void remove_everything(const fs::path &path) {
  std::error_code error;
  for (fs::recursive_directory_iterator
           it(path, fs::directory_options::skip_permission_denied, error),
       end;
       !error && it != end; it.increment(error)) {
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, error);
  }
  fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, error);
  fs::remove_all(path, error);
}

} // namespace

const fs::path &sandbox() {
  return g_sandbox;
}

fs::path fresh_folder(std::string_view name) {
  static int counter = 0;
  auto path = g_sandbox / "scratch" / (std::string(name) + "-" + std::to_string(++counter));
  fs::create_directories(path);
  return path;
}

void point_environment_at(const fs::path &root) {
  for (const auto &[name, folder] : k_folders) {
    fs::create_directories(root / folder);
    set(name, (root / folder).string());
  }
  fs::permissions(root / "run", fs::perms::owner_all, fs::perm_options::replace);
  for (const auto &[name, value] : k_values) {
    set(name, value);
  }
  for (const char *name : k_unset) {
    ::unsetenv(name);
  }
  for (const auto &name : knead_variables()) {
    ::unsetenv(name.c_str());
  }
}

ScopedEnv::ScopedEnv(std::string name, const std::optional<std::string> &value)
    : m_name(std::move(name)) {
  if (const char *before = std::getenv(m_name.c_str())) {
    m_before = before;
  }
  if (value) {
    set(m_name.c_str(), *value);
  } else {
    ::unsetenv(m_name.c_str());
  }
}

ScopedEnv::~ScopedEnv() {
  if (m_before) {
    ::setenv(m_name.c_str(), m_before->c_str(), 1);
  } else {
    ::unsetenv(m_name.c_str());
  }
}

Sandbox::Sandbox() : m_working_before(fs::current_path()) {
  std::string pattern = (fs::temp_directory_path() / "knead-unit.XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create the unit tests' scratch folder " + pattern + ": " +
                             std::strerror(errno));
  }
  g_sandbox = pattern;
  point_environment_at(g_sandbox);
  fs::create_directories(g_sandbox / "work");
  fs::current_path(g_sandbox / "work");
}

Sandbox::~Sandbox() {
  std::error_code error;
  fs::current_path(m_working_before, error);
  remove_everything(g_sandbox);
}

} // namespace knead::test
