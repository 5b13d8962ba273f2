#pragma once

#include "history/timestamp.hpp"
#include "unit/sandbox.hpp"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

// Test helpers for the history: a scratch folder, a time zone for one test, dates.
namespace knead::history::testing {

// A fresh folder in the sandbox, removed with everything in it at the end.
class ScratchDir {
public:
  ScratchDir() : m_path(knead::test::fresh_folder("history")) {}
  ScratchDir(const ScratchDir &) = delete;
  ScratchDir &operator=(const ScratchDir &) = delete;
  ScratchDir(ScratchDir &&) = delete;
  ScratchDir &operator=(ScratchDir &&) = delete;
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(m_path, ignored);
  }
  [[nodiscard]] const std::filesystem::path &path() const { return m_path; }

private:
  std::filesystem::path m_path;
};

// Sets TZ (a POSIX rule such as "CET-1CEST,M3.5.0,M10.5.0/3", which needs no tzdata)
// for one test and puts the old value back.
class TimeZone {
public:
  explicit TimeZone(const char *zone) {
    if (const char *old = std::getenv("TZ")) {
      m_old = old;
    }
    setenv("TZ", zone, 1);
    tzset();
  }
  TimeZone(const TimeZone &) = delete;
  TimeZone &operator=(const TimeZone &) = delete;
  TimeZone(TimeZone &&) = delete;
  TimeZone &operator=(TimeZone &&) = delete;
  ~TimeZone() {
    if (m_old) {
      setenv("TZ", m_old->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }

private:
  std::optional<std::string> m_old;
};

// "2026-03-01T10:00:00Z" as a time point; throws on a typo in the test.
inline TimePoint utc(const char *text) {
  auto time = parse_utc(text);
  if (!time) {
    throw std::invalid_argument(text);
  }
  return *time;
}

} // namespace knead::history::testing
