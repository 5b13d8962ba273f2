#include "screening/last_check.hpp"
#include "unit/sandbox.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

using namespace knead::screening;
using namespace std::chrono_literals;

namespace {

// 2026-03-02 08:02:00 UTC.
const SystemTime k_morning = SystemTime(std::chrono::seconds(1772438520));

// Local time is UTC while it lives; the zone before is restored after, so other
// tests in the same process see the machine's zone.
struct UtcZone {
  std::optional<std::string> m_before;
  UtcZone() {
    if (const char *tz = std::getenv("TZ")) {
      m_before = tz;
    }
    setenv("TZ", "UTC", 1);
    tzset();
  }
  ~UtcZone() {
    if (m_before) {
      setenv("TZ", m_before->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }
  UtcZone(const UtcZone &) = delete;
  UtcZone &operator=(const UtcZone &) = delete;
};

// A file in a folder of its own (ctest runs the cases in parallel), not yet there.
std::filesystem::path scratch_file() {
  return knead::test::fresh_folder("last-check") / "state" / "last-check";
}

} // namespace

TEST_CASE("re-confirmation: the same questions, all no, within 24 hours") {
  const std::optional<LastCheck> last = LastCheck{k_morning, "a,b"};
  CHECK(can_reconfirm(last, "a,b", k_morning + 23h + 59min));
  CHECK_FALSE(can_reconfirm(last, "a,b", k_morning + 24h));
  CHECK_FALSE(can_reconfirm(last, "a,b,c", k_morning + 1h));
  CHECK_FALSE(can_reconfirm(last, "a,b", k_morning - 1min)); // a clock moved back
  CHECK_FALSE(can_reconfirm(std::nullopt, "a,b", k_morning));
}

TEST_CASE("the re-confirmation question names the time of the check") {
  UtcZone utc;
  CHECK(reconfirm_text(k_morning, k_morning + 3h) ==
        "Nothing has changed since your check at 08:02 today?");
  CHECK(reconfirm_text(k_morning, k_morning + 16h) ==
        "Nothing has changed since your check at 08:02 yesterday?");
}

TEST_CASE("the record is saved and read back, and a damaged one is ignored with a warning") {
  const auto file = scratch_file();
  std::string warning;
  CHECK(load_last_check(file, warning) == std::nullopt);
  CHECK(warning.empty());

  save_last_check(file, LastCheck{k_morning, "a,b"}, warning);
  CHECK(warning.empty());
  auto loaded = load_last_check(file, warning);
  REQUIRE(loaded);
  CHECK(loaded->at == k_morning);
  CHECK(loaded->questions == "a,b");

  std::ofstream(file) << "garbage\x01\n";
  CHECK(load_last_check(file, warning) == std::nullopt);
  CHECK(warning ==
        "ignoring the unreadable screening record " + file.string() + "; asking every question");

  forget_last_check(file);
  CHECK_FALSE(std::filesystem::exists(file));
  std::filesystem::remove_all(file.parent_path().parent_path());
}

TEST_CASE("an unwritable record gives one warning and no exception") {
  const auto file = scratch_file();
  std::filesystem::create_directories(file.parent_path().parent_path());
  std::ofstream(file.parent_path()) << "a file where the folder should be";
  std::string warning;
  save_last_check(file, LastCheck{k_morning, "a"}, warning);
  CHECK(warning == "could not save the screening record " + file.string() +
                       "; the next session asks every question");
  std::filesystem::remove_all(file.parent_path().parent_path());
}
