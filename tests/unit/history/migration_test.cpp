#include "history/pain.hpp"
#include "history/schema.hpp"
#include "history/store.hpp"
#include "scratch.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

using namespace knead::history;
using knead::history::testing::ScratchDir;
using knead::history::testing::utc;

TEST_CASE("a version-0 file is migrated to the current schema when opened for writing") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  {
    // What `sqlite3 history.db` leaves behind: a file with something else in it.
    sql::Database db(path, sql::Database::Mode::create);
    db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')");
    CHECK(db.user_version() == 0);
  }
  auto store = Store::open_for_writing(path);
  store.begin_session({"lower-back", "Lower back", "", 3, "clear", {}, {}},
                      utc("2026-11-22T08:30:00Z"));
  CHECK(store.sessions({}).size() == 1);

  sql::Database db(path, sql::Database::Mode::read_only);
  CHECK(db.user_version() == current_schema_version());
  auto notes = db.prepare("SELECT text FROM notes");
  REQUIRE(notes.step());
  CHECK(notes.text(0) == "kept");
}

TEST_CASE("a version-0 file reads as an empty history and is left untouched") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  { sql::Database db(path, sql::Database::Mode::create); }
  auto store = Store::open_for_reading(path);
  REQUIRE(store);
  CHECK(store->sessions({}).empty());
  CHECK_FALSE(store->has_completed("", TimePoint{}, utc("2030-01-01T00:00:00Z")));
  sql::Database db(path, sql::Database::Mode::read_only);
  CHECK(db.user_version() == 0);
}

TEST_CASE("migrating twice is a no-op") {
  const ScratchDir dir;
  sql::Database db(dir.path() / "history.db", sql::Database::Mode::create);
  migrate(db);
  migrate(db);
  CHECK(db.user_version() == current_schema_version());
}

TEST_CASE("a file from a newer knead is refused, not rewritten") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  {
    sql::Database db(path, sql::Database::Mode::create);
    db.exec("PRAGMA user_version = 99");
  }
  const auto expected = path.string() + ": written by a newer version of knead (schema 99, " +
                        "this one knows up to " + std::to_string(current_schema_version()) + ")";
  CHECK_THROWS_WITH_AS(Store::open_for_writing(path), expected.c_str(), StoreError);
  CHECK_THROWS_WITH_AS(Store::open_for_reading(path), expected.c_str(), StoreError);
}

// tests/data/history_v1.db was written by knead at schema 1 (tests/data/
// make_history_v1.sh): a whole lower-back, one run --from 4, one stopped by screening,
// a one-step routine whose step the person skipped, and one quit in its third step.
TEST_CASE("a history written at schema 1 migrates: outcomes made honest, nothing lost") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  std::filesystem::copy_file(std::filesystem::path(KNEAD_SOURCE_DIR) / "tests/data/history_v1.db",
                             path);
  auto store = Store::open_for_reading(path);
  REQUIRE(store);
  SessionFilter filter;
  filter.oldest_first = true;
  filter.with_skipped_steps = true;
  const auto sessions = store->sessions(filter);
  REQUIRE(sessions.size() == 5);
  std::vector<std::string> outcomes;
  for (const auto &session : sessions) {
    outcomes.emplace_back(to_string(session.outcome));
  }
  CHECK(outcomes ==
        std::vector<std::string>{"completed", "completed", "stopped", "partial", "quit"});
  // Working time is the steps' time capped at their plan: the 10 s prompt is gone.
  CHECK(sessions[0].active_s == 1390);
  CHECK(sessions[0].working_s == 1380);
  CHECK(sessions[0].planned_s == 1380);
  CHECK(sessions[0].step_count == 4);
  CHECK(sessions[0].steps_done == 4);
  CHECK(sessions[0].pain_before == 6);
  CHECK(sessions[0].pain_after == 4);
  CHECK(sessions[0].speed == 1.0);
  CHECK(sessions[3].working_s == 18);
  CHECK(sessions[3].steps_skipped == 1);
  CHECK(sessions[4].steps_done == 2);
  CHECK(sessions[4].steps_skipped == 1);
  CHECK(store->answers(sessions[0].id).size() == 23);
  CHECK(store->steps(sessions[0].id).size() == 4);

  sql::Database db(path, sql::Database::Mode::read_only);
  CHECK(db.user_version() == current_schema_version());
  auto audit = db.prepare("SELECT session_id, action, field, old_value, new_value FROM audit");
  REQUIRE(audit.step());
  CHECK(audit.integer(0) == sessions[3].id);
  CHECK(audit.text(1) == "migrate");
  CHECK(audit.text(2) == "outcome");
  CHECK(audit.text(3) == "completed");
  CHECK(audit.text(4) == "partial");
  CHECK_FALSE(audit.step());
  CHECK(db.prepare("PRAGMA foreign_key_check").step() == false);
  auto check = db.prepare("PRAGMA integrity_check");
  REQUIRE(check.step());
  CHECK(check.text(0) == "ok");
}

TEST_CASE("migrating to schema 3 keeps the advice the ratings of older sessions gave") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  std::filesystem::copy_file(std::filesystem::path(KNEAD_SOURCE_DIR) / "tests/data/history_v1.db",
                             path);
  {
    sql::Database db(path, sql::Database::Mode::read_write);
    db.exec("UPDATE sessions SET pain_before = 2, pain_after = 5 WHERE id = 2;"
            "UPDATE sessions SET pain_before = 3, pain_after = 4 WHERE id = 4;"
            "UPDATE sessions SET pain_before = NULL, pain_after = 9 WHERE id = 5;");
  }
  auto store = Store::open_for_reading(path);
  REQUIRE(store);
  SessionFilter filter;
  filter.oldest_first = true;
  const auto sessions = store->sessions(filter);
  REQUIRE(sessions.size() == 5);
  std::vector<std::string> advice;
  for (const auto &session : sessions) {
    advice.push_back(session.advice);
  }
  const std::string worse(k_worse_after_advice);
  // Session 1's 6 -> 4 is better; 4 is one point worse; 5 has no rating before.
  CHECK(advice == std::vector<std::string>{"", worse, "", "", ""});
}
