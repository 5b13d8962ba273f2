// The reading half of Store: what log, stats and due ask.
#include "history/store.hpp"

namespace knead::history {
namespace {

TimePoint read_time(const sql::Statement &row, int column) {
  // A hand-edited row with an unreadable time sorts as the epoch rather than failing
  // the whole listing.
  return parse_utc(row.text(column)).value_or(TimePoint{});
}

} // namespace

void Store::for_each_session(const SessionFilter &filter,
                             const std::function<void(const SessionRecord &)> &visit,
                             const std::function<bool(const ProcessIdentity &)> &alive) {
  if (!m_db) {
    return;
  }
  guarded([&] {
    // The outline leaves the text columns empty ('') and the step counts 0 rather
    // than reading them.
    const std::string columns =
        filter.outline
            ? "id, routine_id, '', '', started_at, ended_at, outcome, active_s, pain_before, "
              "pain_after, '', pid, process_start, working_s, planned_s, speed, '', step_count, "
              "0, 0, ''"
            : "id, routine_id, routine_title, routine_hash, started_at, ended_at, outcome, "
              "active_s, pain_before, pain_after, screening, pid, process_start, working_s, "
              "planned_s, speed, note, step_count, "
              "(SELECT count(*) FROM steps WHERE session_id = s.id AND skipped = 0), "
              "(SELECT count(*) FROM steps WHERE session_id = s.id AND skipped = 1), advice";
    const std::string order = filter.oldest_first ? "ASC" : "DESC";
    auto query = m_db->prepare("SELECT " + columns +
                               " FROM sessions AS s WHERE (?1 = '' OR routine_id = ?1) AND "
                               "started_at >= ?2 AND (?4 = 0 OR id = ?4) ORDER BY started_at " +
                               order + ", id " + order + " LIMIT ?3");
    query.bind(1, filter.routine);
    query.bind(2, filter.since ? format_utc(*filter.since) : std::string());
    query.bind(3, filter.limit ? *filter.limit : -1);
    query.bind(4, filter.id.value_or(0));
    SessionRecord record;
    while (query.step()) {
      record.id = query.integer(0);
      record.routine_id = query.text(1);
      record.routine_title = query.text(2);
      record.routine_hash = query.text(3);
      record.started_at = read_time(query, 4);
      record.ended_at.reset();
      if (!query.is_null(5)) {
        record.ended_at = read_time(query, 5);
      }
      // The table's CHECK allows no other word: a row edited by hand is still shown.
      record.stored_outcome = query.text(6);
      record.outcome =
          parse_stored_outcome(record.stored_outcome).value_or(SessionOutcome::unknown);
      record.process = ProcessIdentity{static_cast<int>(query.integer(11)), query.text(12)};
      record.active_s = static_cast<int>(query.integer(7));
      record.pain_before = query.optional_int(8);
      record.pain_after = query.optional_int(9);
      record.screening = query.text(10);
      record.working_s = static_cast<int>(query.integer(13));
      record.planned_s = static_cast<int>(query.integer(14));
      record.speed = query.real(15);
      record.note = query.text(16);
      record.step_count = static_cast<int>(query.integer(17));
      record.steps_done = static_cast<int>(query.integer(18));
      record.steps_skipped = static_cast<int>(query.integer(19));
      record.advice = query.text(20);
      if (record.outcome == SessionOutcome::running && !alive(record.process)) {
        record.outcome = SessionOutcome::abandoned;
      }
      visit(record);
    }
  });
}

std::vector<SessionRecord>
Store::sessions(const SessionFilter &filter,
                const std::function<bool(const ProcessIdentity &)> &alive) {
  std::vector<SessionRecord> found;
  for_each_session(
      filter, [&](const SessionRecord &record) { found.push_back(record); }, alive);
  if (!m_db) {
    return found;
  }
  guarded([&] {
    if (!filter.with_skipped_steps) {
      return;
    }
    auto skipped = m_db->prepare(
        "SELECT step, title, skip_reason FROM steps WHERE session_id = ?1 AND skipped = 1 "
        "ORDER BY step");
    for (auto &record : found) {
      skipped.bind(1, record.id);
      while (skipped.step()) {
        record.skipped.push_back(
            {static_cast<int>(skipped.integer(0)), skipped.text(1), skipped.text(2)});
      }
      skipped.reset();
    }
  });
  return found;
}

std::vector<StepRecord> Store::steps(std::int64_t session) {
  std::vector<StepRecord> found;
  if (!m_db) {
    return found;
  }
  guarded([&] {
    auto query = m_db->prepare("SELECT step, title, planned_s, actual_s, sides, skipped, "
                               "skip_reason, working_s FROM steps "
                               "WHERE session_id = ?1 ORDER BY step");
    query.bind(1, session);
    while (query.step()) {
      found.push_back({static_cast<int>(query.integer(0)), query.text(1),
                       static_cast<int>(query.integer(2)), static_cast<int>(query.integer(3)),
                       static_cast<int>(query.integer(7)), query.text(4), query.integer(5) != 0,
                       query.text(6)});
    }
  });
  return found;
}

Answers Store::answers(std::int64_t session) {
  Answers found;
  if (!m_db) {
    return found;
  }
  guarded([&] {
    auto query = m_db->prepare(
        "SELECT question_id, answer FROM answers WHERE session_id = ?1 ORDER BY rowid");
    query.bind(1, session);
    while (query.step()) {
      found.emplace_back(query.text(0), query.integer(1) != 0);
    }
  });
  return found;
}

bool Store::has_completed(const std::string &routine, TimePoint from, TimePoint to) {
  bool completed = false;
  if (!m_db) {
    return completed;
  }
  guarded([&] {
    auto query = m_db->prepare("SELECT 1 FROM sessions WHERE outcome = 'completed' AND speed = 1 "
                               "AND (?1 = '' OR routine_id = ?1) "
                               "AND started_at >= ?2 AND started_at < ?3 LIMIT 1");
    query.bind(1, routine).bind(2, format_utc(from)).bind(3, format_utc(to));
    completed = query.step();
  });
  return completed;
}

} // namespace knead::history
