#include "util/xdg.hpp"

#include "util/error.hpp"

#include <cstdlib>
#include <string>

namespace knead::xdg {
namespace {

// The spec says a relative path in these variables is invalid and must be ignored.
std::filesystem::path absolute_from_env(const char *name) {
  const char *value = std::getenv(name);
  if (value == nullptr || *value == '\0' || *value != '/') {
    return {};
  }
  return value;
}

std::filesystem::path home_based(const char *variable, const char *fallback_under_home) {
  if (auto path = absolute_from_env(variable); !path.empty()) {
    return path;
  }
  auto home = absolute_from_env("HOME");
  if (home.empty()) {
    throw Error(std::string("neither ") + variable + " nor HOME is set to an absolute path");
  }
  return home / fallback_under_home;
}

} // namespace

std::filesystem::path config_dir() {
  return home_based("XDG_CONFIG_HOME", ".config") / "knead";
}

std::filesystem::path state_dir() {
  return home_based("XDG_STATE_HOME", ".local/state") / "knead";
}

std::filesystem::path user_routines_dir() {
  return config_dir() / "routines";
}

std::vector<std::filesystem::path> data_dirs() {
  const char *value = std::getenv("XDG_DATA_DIRS");
  std::string list = (value != nullptr && *value != '\0') ? value : "/usr/local/share:/usr/share";
  std::vector<std::filesystem::path> dirs;
  std::size_t start = 0;
  while (start <= list.size()) {
    auto end = list.find(':', start);
    if (end == std::string::npos) {
      end = list.size();
    }
    auto entry = list.substr(start, end - start);
    if (!entry.empty() && entry.front() == '/') {
      dirs.emplace_back(entry);
    }
    start = end + 1;
  }
  return dirs;
}

} // namespace knead::xdg
