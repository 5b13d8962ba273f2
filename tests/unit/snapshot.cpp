#include "unit/snapshot.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace knead::test {

namespace {

bool g_updating = false; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables): set once

std::string read_all(const std::filesystem::path &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

bool updating_snapshots() {
  return g_updating;
}

void set_updating_snapshots(bool updating) {
  g_updating = updating;
}

void check_snapshot(const std::string &name, const std::string &actual) {
  const auto path = std::filesystem::path(KNEAD_SOURCE_DIR) / "tests/data" / name;
  if (g_updating) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  const auto expected = read_all(path);
  if (expected == actual) {
    return;
  }
  std::istringstream want(expected);
  std::istringstream got(actual);
  std::string want_line;
  std::string got_line;
  int number = 0;
  while (true) {
    ++number;
    const bool more_want = static_cast<bool>(std::getline(want, want_line));
    const bool more_got = static_cast<bool>(std::getline(got, got_line));
    if (!more_want && !more_got) {
      break;
    }
    if (!more_want || !more_got || want_line != got_line) {
      FAIL_CHECK("tests/data/", name, ":", number,
                 " differs (KNEAD_UPDATE_SNAPSHOTS=1 rewrites it)",
                 "\n  expected: ", more_want ? want_line : "(end)",
                 "\n  actual:   ", more_got ? got_line : "(end)");
      return;
    }
  }
}

} // namespace knead::test
