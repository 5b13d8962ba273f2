#include "screening/last_check.hpp"
#include "unit/sandbox.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

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

TEST_CASE("answers are carried for 24 hours from the first check") {
  const std::optional<LastCheck> last = LastCheck{k_morning, "a,b"};
  CHECK(can_reconfirm(last, k_morning + 23h + 59min));
  CHECK_FALSE(can_reconfirm(last, k_morning + 24h));
  CHECK_FALSE(can_reconfirm(last, k_morning - 1min)); // a clock moved back
  CHECK_FALSE(can_reconfirm(std::nullopt, k_morning));
}

TEST_CASE("the carried answers are the built-in questions' noes, and a yes drops one") {
  Question a;
  a.id = "a";
  Question b;
  b.id = "b";
  Question own;
  own.id = "own";
  own.from_routine = true;
  const std::vector<Question> questions{a, b, own};
  const LastCheck last{k_morning, "a,own,gone"};
  CHECK(carried_answers(last, questions) == Answers{{"a", false}});
  const auto next = updated_check(last, Answers{{"a", true}, {"b", false}, {"own", false}},
                                  questions, k_morning + 1h);
  CHECK(next.at == k_morning); // the 24 hours count from the first check
  CHECK(next.questions == "own,gone,b");
  CHECK(updated_check(std::nullopt, Answers{{"b", false}}, questions, k_morning + 1h).at ==
        k_morning + 1h);
}

TEST_CASE("the re-confirmation question names the time of the check") {
  UtcZone utc;
  CHECK(reconfirm_text(k_morning, k_morning + 3h) ==
        "Has anything changed since your check at 08:02 today? y = answer again, n = go on");
  CHECK(reconfirm_text(k_morning, k_morning + 16h) ==
        "Has anything changed since your check at 08:02 yesterday? y = answer again, n = go "
        "on");
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

  std::ofstream(file) << "knead last-check 1\nat 1\nquestions a\n"; // the first format
  CHECK(load_last_check(file, warning) == std::nullopt);
  CHECK(warning.empty());

  std::ofstream(file) << "garbage\x01\n";
  CHECK(load_last_check(file, warning) == std::nullopt);
  CHECK(warning ==
        "ignoring the unreadable screening record " + file.string() + "; asking every question");

  forget_last_check(file);
  CHECK_FALSE(std::filesystem::exists(file));
  std::filesystem::remove_all(file.parent_path().parent_path());
}

TEST_CASE("a FIFO or a folder in place of the record is ignored at once, with a warning") {
  const auto file = scratch_file();
  std::filesystem::create_directories(file.parent_path());
  // Without the non-blocking open this would wait for a writer for ever.
  REQUIRE(mkfifo(file.c_str(), 0600) == 0);
  std::string warning;
  CHECK(load_last_check(file, warning) == std::nullopt);
  CHECK(warning == "ignoring the unreadable screening record " + file.string() +
                       " (it is not a regular file (a FIFO, a device or a socket)); asking "
                       "every question");
  std::filesystem::remove(file);
  std::filesystem::create_directory(file);
  CHECK(load_last_check(file, warning) == std::nullopt);
  CHECK(warning == "ignoring the unreadable screening record " + file.string() +
                       " (it is a directory, not a file); asking every question");
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
