#pragma once

#include "history/record.hpp"
#include "history/sqlite.hpp"
#include "session/event.hpp"
#include "util/error.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace knead::history {

// Anything that went wrong with the history file; the message names the file.
class StoreError : public Error {
public:
  using Error::Error;
};

struct ImportedSession; // export.hpp

// `$XDG_STATE_HOME/knead/history.db`.
std::filesystem::path default_history_path();

// The session history in one SQLite file (WAL mode, so a reminder reads while a
// session writes). Every write is its own transaction and the store never reads
// the clock: callers pass `now`. All methods throw StoreError.
class Store {
public:
  // Opens `path` for writing, creating its folder and the file when missing, and
  // migrating an older schema.
  static Store open_for_writing(const std::filesystem::path &path);
  // Opens an existing `path` for reading; nothing when there is no such file.
  // Never creates the file.
  static std::optional<Store> open_for_reading(const std::filesystem::path &path);

  [[nodiscard]] const std::filesystem::path &path() const { return m_path; }

  // Writes the `running` row (with the pid) and the screening answers; returns its id.
  std::int64_t begin_session(const SessionStart &start, TimePoint now);
  // A session that screening stopped: an ended `stopped` row, no steps.
  std::int64_t record_stopped(const SessionStart &start, TimePoint now);
  // Adds or replaces one step of a session and its running totals of session time
  // and working time.
  void record_step(std::int64_t session, const StepRecord &step, int active_s, int working_s);
  // Ends a session in one transaction: outcome (completed or partial, by the working
  // time against the row's planned working time: recorded_outcome), end time, totals
  // and the last `steps` (a step cut short by the ending).
  void finish_session(std::int64_t session, session::Outcome outcome, int active_s, int working_s,
                      const std::vector<StepRecord> &steps, TimePoint now);
  void set_pain_after(std::int64_t session, std::optional<int> pain);
  // Runs the writes `work` makes as one transaction: all of them or none.
  void write_together(const std::function<void()> &work);
  // How long a write waits for another process's lock (1 s unless set).
  void set_busy_timeout(std::chrono::milliseconds timeout);

  // Newest first. `alive` says whether a `running` row's process still lives.
  std::vector<SessionRecord>
  sessions(const SessionFilter &filter,
           const std::function<bool(const ProcessIdentity &)> &alive = is_alive);
  // The same rows handed to `visit` one at a time, in one reused record, so ten
  // years of sessions cost no more memory than one (skipped steps are not read).
  void for_each_session(const SessionFilter &filter,
                        const std::function<void(const SessionRecord &)> &visit,
                        const std::function<bool(const ProcessIdentity &)> &alive = is_alive);
  std::vector<StepRecord> steps(std::int64_t session);
  Answers answers(std::int64_t session);
  // Changes to recorded sessions (store_edit.cpp). Each is one transaction with its
  // rows in the audit table; each returns false when there is no session `session`.
  // The advice given after the session, as it was worded (empty: none).
  void set_advice(std::int64_t session, const std::string &advice);
  // The note (empty: none).
  bool set_note(std::int64_t session, const std::string &note, TimePoint now);
  // The ratings given; std::nullopt leaves one as it is.
  bool edit_pain(std::int64_t session, std::optional<int> before, std::optional<int> after,
                 TimePoint now);
  // Removes the session with its steps and answers; the audit keeps `snapshot` (its
  // export line, history::export_line), so nothing is lost without a trace.
  bool delete_session(std::int64_t session, const std::string &snapshot, TimePoint now);
  // Adds `sessions` (export lines read back) in one transaction, leaving out each
  // one already here (the same routine, start and process); an imported session
  // keeps its id when that is free. Returns how many were added and left out.
  std::pair<int, int> import_sessions(const std::vector<ImportedSession> &sessions,
                                      const std::string &source, TimePoint now);
  // The newest session's id.
  std::optional<std::int64_t> last_session();
  // The audit rows, oldest first (of one session, or of all).
  std::vector<AuditRow> audit(std::optional<std::int64_t> session = std::nullopt);

  // Whether `routine` (any when empty) has a completed session at normal speed started
  // in [from, to).
  bool has_completed(const std::string &routine, TimePoint from, TimePoint to);

private:
  Store(std::filesystem::path path, std::optional<sql::Database> db)
      : m_path(std::move(path)), m_db(std::move(db)) {}
  // Runs `work`, turning any SQLite or file system failure into a StoreError.
  void guarded(const std::function<void()> &work) const;

  std::filesystem::path m_path;
  std::optional<sql::Database> m_db; // empty: a file without our tables (schema 0)
};

} // namespace knead::history
