// The changing half of Store: notes, corrections and deletions, each kept in the
// audit table with what was there before.
#include "history/export.hpp"
#include "history/store.hpp"

#include <string>

namespace knead::history {
namespace {

bool exists(sql::Database &db, std::int64_t session) {
  auto query = db.prepare("SELECT 1 FROM sessions WHERE id = ?1");
  query.bind(1, session);
  return query.step();
}

void add_audit(sql::Database &db, std::int64_t session, TimePoint now, std::string_view action,
               std::string_view field, const std::optional<std::string> &old_value,
               const std::optional<std::string> &new_value) {
  auto insert = db.prepare("INSERT INTO audit (session_id, changed_at, action, field, old_value, "
                           "new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  insert.bind(1, session).bind(2, format_utc(now)).bind(3, action).bind(4, field);
  if (old_value) {
    insert.bind(5, *old_value);
  } else {
    insert.bind_null(5);
  }
  if (new_value) {
    insert.bind(6, *new_value);
  } else {
    insert.bind_null(6);
  }
  insert.run();
}

std::optional<std::string> as_text(std::optional<int> value) {
  return value ? std::optional(std::to_string(*value)) : std::nullopt;
}

} // namespace

bool Store::set_note(std::int64_t session, const std::string &note, TimePoint now) {
  bool found = false;
  guarded([&] {
    sql::Transaction transaction(*m_db);
    auto old = m_db->prepare("SELECT note FROM sessions WHERE id = ?1");
    old.bind(1, session);
    if (!old.step()) {
      return;
    }
    found = true;
    const std::string before = old.text(0);
    old.reset();
    if (before == note) {
      return;
    }
    m_db->prepare("UPDATE sessions SET note = ?1 WHERE id = ?2")
        .bind(1, note)
        .bind(2, session)
        .run();
    add_audit(*m_db, session, now, "note", "note", before, note);
    transaction.commit();
  });
  return found;
}

bool Store::edit_pain(std::int64_t session, std::optional<int> before, std::optional<int> after,
                      TimePoint now) {
  bool found = false;
  guarded([&] {
    sql::Transaction transaction(*m_db);
    auto old = m_db->prepare("SELECT pain_before, pain_after FROM sessions WHERE id = ?1");
    old.bind(1, session);
    if (!old.step()) {
      return;
    }
    found = true;
    const auto old_before = old.optional_int(0);
    const auto old_after = old.optional_int(1);
    old.reset();
    if (before && before != old_before) {
      m_db->prepare("UPDATE sessions SET pain_before = ?1 WHERE id = ?2")
          .bind(1, *before)
          .bind(2, session)
          .run();
      add_audit(*m_db, session, now, "edit", "pain_before", as_text(old_before), as_text(before));
    }
    if (after && after != old_after) {
      m_db->prepare("UPDATE sessions SET pain_after = ?1 WHERE id = ?2")
          .bind(1, *after)
          .bind(2, session)
          .run();
      add_audit(*m_db, session, now, "edit", "pain_after", as_text(old_after), as_text(after));
    }
    transaction.commit();
  });
  return found;
}

bool Store::delete_session(std::int64_t session, const std::string &snapshot, TimePoint now) {
  bool found = false;
  guarded([&] {
    sql::Transaction transaction(*m_db);
    if (!exists(*m_db, session)) {
      return;
    }
    found = true;
    // The steps and answers go with it (ON DELETE CASCADE).
    m_db->prepare("DELETE FROM sessions WHERE id = ?1").bind(1, session).run();
    add_audit(*m_db, session, now, "delete", "session", snapshot, std::nullopt);
    transaction.commit();
  });
  return found;
}

std::pair<int, int> Store::import_sessions(const std::vector<ImportedSession> &sessions,
                                           const std::string &source, TimePoint now) {
  std::pair<int, int> counts{0, 0};
  guarded([&] {
    sql::Transaction transaction(*m_db);
    auto same = m_db->prepare("SELECT 1 FROM sessions WHERE routine_id = ?1 AND started_at = ?2 "
                              "AND pid = ?3 AND process_start = ?4");
    auto insert = m_db->prepare(
        "INSERT INTO sessions (id, routine_id, routine_title, routine_hash, started_at, ended_at, "
        "outcome, active_s, working_s, planned_s, step_count, speed, pain_before, pain_after, "
        "screening, note, pid, process_start, advice) VALUES ((SELECT CASE WHEN EXISTS (SELECT 1 "
        "FROM sessions WHERE id = ?1) THEN NULL ELSE ?1 END), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    auto step = m_db->prepare(
        "INSERT INTO steps (session_id, step, title, planned_s, actual_s, working_s, sides, "
        "skipped, skip_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto answer = m_db->prepare(
        "INSERT OR REPLACE INTO answers (session_id, question_id, answer) VALUES (?1, ?2, ?3)");
    for (const auto &imported : sessions) {
      const auto &session = imported.session;
      const auto started = format_utc(session.started_at);
      same.bind(1, session.routine_id).bind(2, started).bind(3, session.process.pid);
      same.bind(4, session.process.start);
      const bool there = same.step();
      same.reset();
      if (there) {
        ++counts.second;
        continue;
      }
      insert.bind(1, session.id).bind(2, session.routine_id).bind(3, session.routine_title);
      insert.bind(4, session.routine_hash).bind(5, started);
      if (session.ended_at) {
        insert.bind(6, format_utc(*session.ended_at));
      } else {
        insert.bind_null(6);
      }
      insert.bind(7, session.stored_outcome).bind(8, session.active_s).bind(9, session.working_s);
      insert.bind(10, session.planned_s).bind(11, session.step_count).bind(12, session.speed);
      insert.bind(13, session.pain_before).bind(14, session.pain_after);
      insert.bind(15, session.screening).bind(16, session.note).bind(17, session.process.pid);
      insert.bind(18, session.process.start).bind(19, session.advice);
      insert.run();
      const auto id = m_db->last_insert_rowid();
      for (const auto &record : imported.steps) {
        step.bind(1, id).bind(2, record.step).bind(3, record.title).bind(4, record.planned_s);
        step.bind(5, record.actual_s).bind(6, record.working_s).bind(7, record.sides);
        step.bind(8, record.skipped ? 1 : 0).bind(9, record.skip_reason);
        step.run();
      }
      for (const auto &[question, yes] : imported.answers) {
        answer.bind(1, id).bind(2, question).bind(3, yes ? 1 : 0);
        answer.run();
      }
      add_audit(*m_db, id, now, "import", "session", std::nullopt, source);
      ++counts.first;
    }
    transaction.commit();
  });
  return counts;
}

std::optional<std::int64_t> Store::last_session() {
  std::optional<std::int64_t> id;
  if (!m_db) {
    return id;
  }
  guarded([&] {
    auto query = m_db->prepare("SELECT id FROM sessions ORDER BY started_at DESC, id DESC LIMIT 1");
    if (query.step()) {
      id = query.integer(0);
    }
  });
  return id;
}

std::vector<AuditRow> Store::audit(std::optional<std::int64_t> session) {
  std::vector<AuditRow> rows;
  if (!m_db) {
    return rows;
  }
  guarded([&] {
    auto query = m_db->prepare("SELECT session_id, changed_at, action, field, old_value, new_value "
                               "FROM audit WHERE ?1 = 0 OR session_id = ?1 ORDER BY id");
    query.bind(1, session.value_or(0));
    while (query.step()) {
      AuditRow row;
      row.session = query.integer(0);
      row.changed_at = query.text(1);
      row.action = query.text(2);
      row.field = query.text(3);
      if (!query.is_null(4)) {
        row.old_value = query.text(4);
      }
      if (!query.is_null(5)) {
        row.new_value = query.text(5);
      }
      rows.push_back(std::move(row));
    }
  });
  return rows;
}

} // namespace knead::history
