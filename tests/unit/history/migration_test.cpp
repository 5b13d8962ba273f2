#include "history/schema.hpp"
#include "history/store.hpp"
#include "scratch.hpp"

#include <doctest/doctest.h>

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
