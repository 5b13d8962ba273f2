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
    // 2: honest outcomes and working time, the speed, a note, and the audit.
    // SQLite cannot change a CHECK, so `sessions` is rebuilt (its documented
    // procedure: migrate() turns foreign keys off around it, so dropping the old
    // table takes no steps or answers with it). What version 1 did not store is
    // estimated from the steps it did: working time as each step's time capped at
    // its plan (version 1 counted pauses and prompts), the plan as the steps reached
    // that screening did not skip. A `completed` row below half of that becomes
    // `partial`, and the audit says so.
    R"sql(
ALTER TABLE steps ADD COLUMN working_s INTEGER NOT NULL DEFAULT 0;
UPDATE steps SET working_s = min(actual_s, planned_s);
CREATE TABLE sessions_v2 (
  id            INTEGER PRIMARY KEY,
  routine_id    TEXT NOT NULL,
  routine_title TEXT NOT NULL,
  routine_hash  TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  ended_at      TEXT,
  outcome       TEXT NOT NULL
                CHECK (outcome IN ('running', 'completed', 'partial', 'quit', 'stopped',
                                   'interrupted')),
  active_s      INTEGER NOT NULL DEFAULT 0,
  working_s     INTEGER NOT NULL DEFAULT 0,
  planned_s     INTEGER NOT NULL DEFAULT 0,
  step_count    INTEGER NOT NULL DEFAULT 0,
  speed         REAL NOT NULL DEFAULT 1,
  pain_before   INTEGER CHECK (pain_before BETWEEN 0 AND 10),
  pain_after    INTEGER CHECK (pain_after BETWEEN 0 AND 10),
  screening     TEXT NOT NULL DEFAULT '',
  note          TEXT NOT NULL DEFAULT '',
  pid           INTEGER NOT NULL,
  process_start TEXT NOT NULL DEFAULT ''
);
INSERT INTO sessions_v2 (id, routine_id, routine_title, routine_hash, started_at, ended_at,
                         outcome, active_s, working_s, planned_s, step_count, pain_before,
                         pain_after, screening, pid, process_start)
  SELECT id, routine_id, routine_title, routine_hash, started_at, ended_at, outcome, active_s,
         (SELECT coalesce(sum(working_s), 0) FROM steps WHERE session_id = s.id),
         (SELECT coalesce(sum(planned_s), 0) FROM steps WHERE session_id = s.id
            AND (skipped = 0 OR skip_reason IN ('next', 'quit', 'interrupted'))),
         (SELECT count(*) FROM steps WHERE session_id = s.id),
         pain_before, pain_after, screening, pid, process_start
  FROM sessions AS s;
CREATE TABLE audit (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  action     TEXT NOT NULL,
  field      TEXT NOT NULL DEFAULT '',
  old_value  TEXT,
  new_value  TEXT
);
CREATE INDEX audit_by_session ON audit (session_id);
INSERT INTO audit (session_id, changed_at, action, field, old_value, new_value)
  SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'migrate', 'outcome', 'completed', 'partial'
  FROM sessions_v2 WHERE outcome = 'completed' AND 2 * working_s < planned_s;
UPDATE sessions_v2 SET outcome = 'partial' WHERE outcome = 'completed' AND 2 * working_s < planned_s;
DROP TABLE sessions;
ALTER TABLE sessions_v2 RENAME TO sessions;
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE INDEX sessions_by_routine ON sessions (routine_id, started_at);
)sql",
    // 3: the advice the person was given after the session, as they were given it, so
    // that editing a rating later does not rewrite what was said. Rows from before
    // get the advice the same rule gave then (pain after 2 or more above before).
    R"sql(
ALTER TABLE sessions ADD COLUMN advice TEXT NOT NULL DEFAULT '';
UPDATE sessions SET advice = 'Your pain is worse than before the session. Stop for today, and '
                             || 'if it stays worse, ask a health professional.'
  WHERE pain_before IS NOT NULL AND pain_after IS NOT NULL AND pain_after >= pain_before + 2;
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

namespace {

// One migration step from `found`, with its version bump, in one transaction.
// Returns false when there was nothing to do (another process got there first).
bool migrate_one(sql::Database &db) {
  sql::Transaction transaction(db);
  const int found = db.user_version();
  if (found == current_schema_version()) {
    return false;
  }
  if (found > current_schema_version()) {
    throw_newer(found);
  }
  db.exec(k_migrations[static_cast<std::size_t>(found)]);
  // Foreign keys are off while a table is rebuilt: check by hand that every step
  // and answer still has its session before the step is kept.
  if (db.prepare("PRAGMA foreign_key_check").step()) {
    throw sql::Error("migration to schema " + std::to_string(found + 1) +
                         " would break a reference between tables",
                     0);
  }
  db.exec(("PRAGMA user_version = " + std::to_string(found + 1)).c_str());
  transaction.commit();
  return true;
}

} // namespace

void migrate(sql::Database &db) {
  for (;;) {
    // Checked before taking the write lock, so reading an up-to-date (or read-only)
    // file never writes, and again inside the transaction: two processes opening a
    // new file at once must not both run the same migration.
    const int found = db.user_version();
    if (found == current_schema_version()) {
      return;
    }
    if (found > current_schema_version()) {
      throw_newer(found);
    }
    // PRAGMA foreign_keys is ignored inside a transaction: set around it.
    db.exec("PRAGMA foreign_keys = OFF");
    try {
      const bool migrated = migrate_one(db);
      db.exec("PRAGMA foreign_keys = ON");
      if (!migrated) {
        return;
      }
    } catch (...) {
      db.exec("PRAGMA foreign_keys = ON");
      throw;
    }
  }
}

} // namespace knead::history
