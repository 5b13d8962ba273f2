#include "history/schema.hpp"

#include <array>
#include <string>

namespace knead::history {
namespace {

// Append only: a released migration never changes, the next one is added below.
// Times are ISO 8601 UTC text ("2026-11-22T08:30:00Z"): they sort as text, read
// well in the sqlite3 shell, and need no time zone to interpret.
constexpr std::array k_migrations{
    // 1: sessions, their steps and their screening answers.
    R"sql(
CREATE TABLE sessions (
  id            INTEGER PRIMARY KEY,
  routine_id    TEXT NOT NULL,
  routine_title TEXT NOT NULL,
  routine_hash  TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  ended_at      TEXT,
  outcome       TEXT NOT NULL
                CHECK (outcome IN ('running', 'completed', 'quit', 'stopped', 'interrupted')),
  active_s      INTEGER NOT NULL DEFAULT 0,
  pain_before   INTEGER CHECK (pain_before BETWEEN 0 AND 10),
  pain_after    INTEGER CHECK (pain_after BETWEEN 0 AND 10),
  screening     TEXT NOT NULL DEFAULT '',
  pid           INTEGER NOT NULL,
  process_start TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE INDEX sessions_by_routine ON sessions (routine_id, started_at);
CREATE TABLE steps (
  session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  step        INTEGER NOT NULL,
  title       TEXT NOT NULL,
  planned_s   INTEGER NOT NULL,
  actual_s    INTEGER NOT NULL DEFAULT 0,
  sides       TEXT NOT NULL,
  skipped     INTEGER NOT NULL DEFAULT 0,
  skip_reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (session_id, step)
);
CREATE TABLE answers (
  session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  answer      INTEGER NOT NULL,
  PRIMARY KEY (session_id, question_id)
);
)sql",
};

[[noreturn]] void throw_newer(int found) {
  throw sql::Error("written by a newer version of knead (schema " + std::to_string(found) +
                       ", this one knows up to " + std::to_string(k_migrations.size()) + ")",
                   0);
}

} // namespace

int current_schema_version() {
  return static_cast<int>(k_migrations.size());
}

void migrate(sql::Database &db) {
  for (;;) {
    // Checked before taking the write lock, so reading an up-to-date (or read-only)
    // file never writes, and again inside the transaction: two processes opening a
    // new file at once must not both run the same migration.
    int found = db.user_version();
    if (found == current_schema_version()) {
      return;
    }
    if (found > current_schema_version()) {
      throw_newer(found);
    }
    sql::Transaction transaction(db);
    found = db.user_version();
    if (found == current_schema_version()) {
      return;
    }
    if (found > current_schema_version()) {
      throw_newer(found);
    }
    db.exec(k_migrations[static_cast<std::size_t>(found)]);
    db.exec(("PRAGMA user_version = " + std::to_string(found + 1)).c_str());
    transaction.commit();
  }
}

} // namespace knead::history
