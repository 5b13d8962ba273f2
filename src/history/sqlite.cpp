#include "history/sqlite.hpp"

#include "util/small_file.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <sys/stat.h>

namespace knead::history::sql {
namespace {

[[noreturn]] void fail(sqlite3 *db, int code) {
  const char *message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw Error(message != nullptr ? message : sqlite3_errstr(code), code);
}

void check(sqlite3 *db, int code) {
  if (code != SQLITE_OK) {
    fail(db, code);
  }
}

} // namespace

void Statement::Finalizer::operator()(sqlite3_stmt *statement) const {
  sqlite3_finalize(statement);
}

Statement &Statement::bind(int index, std::int64_t value) {
  check(m_db, sqlite3_bind_int64(m_statement.get(), index, value));
  return *this;
}

Statement &Statement::bind(int index, double value) {
  check(m_db, sqlite3_bind_double(m_statement.get(), index, value));
  return *this;
}

Statement &Statement::bind(int index, std::string_view value) {
  check(m_db, sqlite3_bind_text64(m_statement.get(), index, value.data(), value.size(),
                                  SQLITE_TRANSIENT, SQLITE_UTF8));
  return *this;
}

Statement &Statement::bind(int index, std::optional<int> value) {
  return value ? bind(index, *value) : bind_null(index);
}

Statement &Statement::bind_null(int index) {
  check(m_db, sqlite3_bind_null(m_statement.get(), index));
  return *this;
}

bool Statement::step() {
  const int code = sqlite3_step(m_statement.get());
  if (code == SQLITE_ROW) {
    return true;
  }
  if (code == SQLITE_DONE) {
    return false;
  }
  sqlite3_reset(m_statement.get());
  fail(m_db, code);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(m_statement.get());
  sqlite3_clear_bindings(m_statement.get());
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(m_statement.get(), column);
}

double Statement::real(int column) const {
  return sqlite3_column_double(m_statement.get(), column);
}

std::optional<int> Statement::optional_int(int column) const {
  if (is_null(column)) {
    return std::nullopt;
  }
  return sqlite3_column_int(m_statement.get(), column);
}

std::string Statement::text(int column) const {
  const auto *bytes = sqlite3_column_text(m_statement.get(), column);
  if (bytes == nullptr) {
    return {};
  }
  const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_statement.get(), column));
  return {reinterpret_cast<const char *>(bytes), size};
}

void Database::Closer::operator()(sqlite3 *db) const {
  sqlite3_close_v2(db);
}

Database::Database(const std::filesystem::path &path, Mode mode) {
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
  case Mode::read_only:
    flags |= SQLITE_OPEN_READONLY;
    break;
  case Mode::read_write:
    flags |= SQLITE_OPEN_READWRITE;
    break;
  case Mode::create:
    flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    break;
  }
  // SQLite opens the file with a blocking open(): a FIFO in its place would hang every
  // command that reads the history, so it is first opened without blocking and
  // checked to be a regular file (a missing one is SQLite's to create or refuse).
  if (const auto problem = files::check_readable(path)) {
    if (problem->kind != files::ReadProblem::Kind::missing) {
      throw Error(files::describe(*problem), SQLITE_CANTOPEN);
    }
  }
  // The same for the files SQLite keeps beside it (it opens them itself, blocking):
  // one left as anything but a regular file would hang the first read.
  for (const char *suffix : {"-wal", "-shm", "-journal"}) {
    const std::filesystem::path beside = path.string() + suffix;
    struct stat info {};
    if (::stat(beside.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
      throw Error(fmt::format("{} beside it is not a regular file (a FIFO, a device, a socket or "
                              "a directory); move it away",
                              beside.filename().string()),
                  SQLITE_CANTOPEN);
    }
  }
  sqlite3 *db = nullptr;
  const int code = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  m_db.reset(db); // closed even when opening failed
  if (code != SQLITE_OK) {
    fail(db, code);
  }
  sqlite3_extended_result_codes(db, 1);
}

void Database::exec(const char *sql) {
  char *message = nullptr;
  const int code = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, &message);
  if (code != SQLITE_OK) {
    std::string text = message != nullptr ? message : sqlite3_errstr(code);
    sqlite3_free(message);
    throw Error(text, code);
  }
}

Statement Database::prepare(std::string_view sql) {
  sqlite3_stmt *statement = nullptr;
  check(m_db.get(), sqlite3_prepare_v2(m_db.get(), sql.data(), static_cast<int>(sql.size()),
                                       &statement, nullptr));
  return {m_db.get(), statement};
}

std::int64_t Database::last_insert_rowid() const {
  return sqlite3_last_insert_rowid(m_db.get());
}

bool Database::in_transaction() const {
  return sqlite3_get_autocommit(m_db.get()) == 0;
}

void Database::set_busy_timeout(std::chrono::milliseconds timeout) {
  check(m_db.get(), sqlite3_busy_timeout(m_db.get(), static_cast<int>(timeout.count())));
}

int Database::user_version() {
  auto statement = prepare("PRAGMA user_version");
  return statement.step() ? static_cast<int>(statement.integer(0)) : 0;
}

Transaction::Transaction(Database &db) : m_db(db), m_nested(db.in_transaction()) {
  // Inside another transaction a savepoint, so that several writes can be made one
  // (Store::write_together) with each keeping its own Transaction.
  m_db.exec(m_nested ? "SAVEPOINT knead_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (!m_done) {
    try {
      m_db.exec(m_nested ? "ROLLBACK TO knead_nested; RELEASE knead_nested" : "ROLLBACK");
    } catch (const Error &) {
      // Nothing more to undo: SQLite already rolled back (for example on SQLITE_FULL).
    }
  }
}

void Transaction::commit() {
  m_db.exec(m_nested ? "RELEASE knead_nested" : "COMMIT");
  m_done = true;
}

} // namespace knead::history::sql
