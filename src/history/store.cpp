#include "history/store.hpp"

#include "history/schema.hpp"
#include "util/xdg.hpp"

#include <system_error>

namespace knead::history {
namespace {

void configure(sql::Database &db) {
  // A second: long enough to wait out another process's write, short enough that a
  // stuck lock costs a session one short pause and a warning, not its flow.
  db.exec("PRAGMA busy_timeout = 1000");
  db.exec("PRAGMA foreign_keys = ON");
  // Reading pages through a memory map instead of one pread() each halves the cost
  // of `stats` over years of sessions (docs/performance.md).
  db.exec("PRAGMA mmap_size = 67108864");
}

std::int64_t insert_session(sql::Database &db, const SessionStart &start, TimePoint now,
                            SessionOutcome outcome, bool ended) {
  auto insert = db.prepare(
      "INSERT INTO sessions (routine_id, routine_title, routine_hash, started_at, ended_at, "
      "outcome, pain_before, screening, pid, process_start, speed, step_count, planned_s) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  const auto when = format_utc(now);
  insert.bind(1, start.routine_id).bind(2, start.routine_title).bind(3, start.routine_hash);
  insert.bind(4, when);
  if (ended) {
    insert.bind(5, when);
  } else {
    insert.bind_null(5);
  }
  insert.bind(6, to_string(outcome)).bind(7, start.pain_before).bind(8, start.screening);
  insert.bind(9, start.process.pid).bind(10, start.process.start).bind(11, start.speed);
  insert.bind(12, start.step_count).bind(13, start.planned_s);
  insert.run();
  const auto id = db.last_insert_rowid();
  auto answer = db.prepare(
      "INSERT OR REPLACE INTO answers (session_id, question_id, answer) VALUES (?1, ?2, ?3)");
  for (const auto &[question, yes] : start.answers) {
    answer.bind(1, id).bind(2, question).bind(3, yes ? 1 : 0);
    answer.run();
  }
  return id;
}

void upsert_step(sql::Database &db, std::int64_t session, const StepRecord &step) {
  auto insert = db.prepare(
      "INSERT OR REPLACE INTO steps (session_id, step, title, planned_s, actual_s, sides, "
      "skipped, skip_reason, working_s) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  insert.bind(1, session).bind(2, step.step).bind(3, step.title).bind(4, step.planned_s);
  insert.bind(5, step.actual_s).bind(6, step.sides).bind(7, step.skipped ? 1 : 0);
  insert.bind(8, step.skip_reason).bind(9, step.working_s);
  insert.run();
}

} // namespace

std::filesystem::path default_history_path() {
  return xdg::state_dir() / "history.db";
}

void Store::guarded(const std::function<void()> &work) const {
  try {
    work();
  } catch (const sql::Error &error) {
    throw StoreError(m_path.string() + ": " + error.what());
  } catch (const std::filesystem::filesystem_error &error) {
    throw StoreError(m_path.string() + ": " + error.code().message());
  }
}

Store Store::open_for_writing(const std::filesystem::path &path) {
  Store store(path, std::nullopt);
  store.guarded([&] {
    std::filesystem::create_directories(path.parent_path());
    sql::Database db(path, sql::Database::Mode::create);
    configure(db);
    // WAL: readers (due, a reminder) never block the session's writes, and a
    // kill -9 between two writes leaves every committed one in place.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    migrate(db);
    store.m_db.emplace(std::move(db));
  });
  return store;
}

std::optional<Store> Store::open_for_reading(const std::filesystem::path &path) {
  // Only a file that is not there is no history yet. A folder that cannot be read
  // (or a file where the folder should be) is an error: read as empty, `due` would
  // say due and `notify --if-due` fire on every check.
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (status.type() == std::filesystem::file_type::not_found) {
    return std::nullopt;
  }
  if (error) {
    throw StoreError(path.string() + ": " + error.message());
  }
  Store store(path, std::nullopt);
  store.guarded([&] {
    sql::Database db(path, sql::Database::Mode::read_only);
    configure(db);
    const int version = db.user_version();
    if (version == 0) {
      return; // an empty file (or one made by hand): no sessions yet
    }
    if (version < current_schema_version()) {
      // An older file: upgrade it in place, as a session would.
      db = sql::Database(path, sql::Database::Mode::read_write);
      configure(db);
    }
    migrate(db);
    store.m_db.emplace(std::move(db));
  });
  return store;
}

std::int64_t Store::begin_session(const SessionStart &start, TimePoint now) {
  std::int64_t id = 0;
  guarded([&] {
    sql::Transaction transaction(*m_db);
    id = insert_session(*m_db, start, now, SessionOutcome::running, false);
    transaction.commit();
  });
  return id;
}

std::int64_t Store::record_stopped(const SessionStart &start, TimePoint now) {
  std::int64_t id = 0;
  guarded([&] {
    sql::Transaction transaction(*m_db);
    id = insert_session(*m_db, start, now, SessionOutcome::stopped, true);
    transaction.commit();
  });
  return id;
}

void Store::record_step(std::int64_t session, const StepRecord &step, int active_s, int working_s) {
  guarded([&] {
    sql::Transaction transaction(*m_db);
    upsert_step(*m_db, session, step);
    m_db->prepare("UPDATE sessions SET active_s = ?1, working_s = ?2 WHERE id = ?3")
        .bind(1, active_s)
        .bind(2, working_s)
        .bind(3, session)
        .run();
    transaction.commit();
  });
}

void Store::finish_session(std::int64_t session, session::Outcome outcome, int active_s,
                           int working_s, const std::vector<StepRecord> &steps, TimePoint now) {
  guarded([&] {
    sql::Transaction transaction(*m_db);
    for (const auto &step : steps) {
      upsert_step(*m_db, session, step);
    }
    auto planned = m_db->prepare("SELECT planned_s FROM sessions WHERE id = ?1");
    planned.bind(1, session);
    const int planned_s = planned.step() ? static_cast<int>(planned.integer(0)) : 0;
    m_db->prepare("UPDATE sessions SET outcome = ?1, ended_at = ?2, active_s = ?3, "
                  "working_s = ?4 WHERE id = ?5")
        .bind(1, to_string(recorded_outcome(outcome, working_s, planned_s)))
        .bind(2, format_utc(now))
        .bind(3, active_s)
        .bind(4, working_s)
        .bind(5, session)
        .run();
    transaction.commit();
  });
}

void Store::set_pain_after(std::int64_t session, std::optional<int> pain) {
  guarded([&] {
    m_db->prepare("UPDATE sessions SET pain_after = ?1 WHERE id = ?2")
        .bind(1, pain)
        .bind(2, session)
        .run();
  });
}

void Store::set_advice(std::int64_t session, const std::string &advice) {
  guarded([&] {
    m_db->prepare("UPDATE sessions SET advice = ?1 WHERE id = ?2")
        .bind(1, advice)
        .bind(2, session)
        .run();
  });
}

void Store::write_together(const std::function<void()> &work) {
  guarded([&] {
    sql::Transaction transaction(*m_db);
    work();
    transaction.commit();
  });
}

void Store::set_busy_timeout(std::chrono::milliseconds timeout) {
  guarded([&] { m_db->set_busy_timeout(timeout); });
}

} // namespace knead::history
