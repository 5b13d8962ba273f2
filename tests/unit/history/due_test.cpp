#include "history/due.hpp"
#include "history/store.hpp"
#include "scratch.hpp"

#include <doctest/doctest.h>

using namespace knead::history;
using knead::history::testing::ScratchDir;
using knead::history::testing::TimeZone;
using knead::history::testing::utc;
using knead::session::Outcome;

namespace {

std::int64_t start_session(Store &store, const char *routine, const char *when) {
  return store.begin_session({routine, routine, "", std::nullopt, "clear", {}, current_process()},
                             utc(when));
}

} // namespace

TEST_CASE("due flips once a session of the routine is completed today") {
  const TimeZone zone("UTC0");
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  const auto now = utc("2026-11-22T18:00:00Z");
  CHECK_FALSE(completed_today(path, "lower-back", now));
  CHECK_FALSE(std::filesystem::exists(path)); // asking never creates the file

  auto store = Store::open_for_writing(path);
  const auto id = start_session(store, "lower-back", "2026-11-22T08:00:00Z");
  CHECK_FALSE(completed_today(path, "lower-back", now)); // still running
  store.finish_session(id, Outcome::completed, 1380, 1380, {}, utc("2026-11-22T08:25:00Z"));
  CHECK(completed_today(path, "lower-back", now));
  CHECK(completed_today(path, "", now)); // any routine
  CHECK_FALSE(completed_today(path, "neck", now));
  CHECK_FALSE(completed_today(path, "lower-back", utc("2026-11-23T00:00:01Z")));
}

TEST_CASE("a session that was quit or stopped does not count as done") {
  const TimeZone zone("UTC0");
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  auto store = Store::open_for_writing(path);
  const auto id = start_session(store, "lower-back", "2026-11-22T08:00:00Z");
  store.finish_session(id, Outcome::quit, 60, 60, {}, utc("2026-11-22T08:01:00Z"));
  store.record_stopped({"lower-back", "", "", std::nullopt, "stop", {}, current_process()},
                       utc("2026-11-22T09:00:00Z"));
  CHECK_FALSE(completed_today(path, "lower-back", utc("2026-11-22T18:00:00Z")));
}

TEST_CASE("today is the local day: a session late last night (local) is not today's") {
  const TimeZone zone("XYZ+5"); // UTC-5
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  auto store = Store::open_for_writing(path);
  // 2026-11-22T03:00Z is 22:00 on the 21st at UTC-5.
  const auto id = start_session(store, "lower-back", "2026-11-22T03:00:00Z");
  store.finish_session(id, Outcome::completed, 1380, 1380, {}, utc("2026-11-22T03:25:00Z"));
  CHECK_FALSE(completed_today(path, "lower-back", utc("2026-11-22T18:00:00Z")));
  CHECK(completed_today(path, "lower-back", utc("2026-11-22T04:30:00Z"))); // 23:30 local
}
