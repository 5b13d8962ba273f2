#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace knead::history::sql {

// A failed SQLite call. The message is SQLite's own ("database is locked",
// "attempt to write a readonly database"); callers add the file name.
class Error : public std::runtime_error {
public:
  Error(const std::string &message, int code) : std::runtime_error(message), m_code(code) {}
  [[nodiscard]] int code() const { return m_code; }

private:
  int m_code;
};

class Database;

// A prepared statement. Parameters are 1-based as in SQLite, columns 0-based.
class Statement {
public:
  Statement(const Statement &) = delete;
  Statement &operator=(const Statement &) = delete;
  Statement(Statement &&) noexcept = default;
  Statement &operator=(Statement &&) noexcept = default;
  ~Statement() = default;

  Statement &bind(int index, std::int64_t value);
  Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement &bind(int index, double value);
  Statement &bind(int index, std::string_view value);
  Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
  Statement &bind(int index, std::optional<int> value);
  Statement &bind_null(int index);

  // Runs to the next row: true when a row is ready to read, false when done.
  bool step();
  // Runs a statement that returns no rows, then resets it for reuse.
  void run();
  void reset();

  [[nodiscard]] bool is_null(int column) const;
  [[nodiscard]] std::int64_t integer(int column) const;
  [[nodiscard]] double real(int column) const;
  [[nodiscard]] std::optional<int> optional_int(int column) const;
  [[nodiscard]] std::string text(int column) const;

private:
  friend class Database;
  struct Finalizer {
    void operator()(sqlite3_stmt *statement) const;
  };
  Statement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
  sqlite3 *m_db;
  std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
};

// One open connection; closed when destroyed.
class Database {
public:
  enum class Mode { read_only, read_write, create };

  // Opens `path`; `create` also creates the file (not its folder).
  Database(const std::filesystem::path &path, Mode mode);

  void exec(const char *sql);
  Statement prepare(std::string_view sql);
  [[nodiscard]] std::int64_t last_insert_rowid() const;
  // Whether a transaction is open (BEGIN without its COMMIT or ROLLBACK yet).
  [[nodiscard]] bool in_transaction() const;
  // How long a statement waits for another connection's lock before SQLITE_BUSY.
  void set_busy_timeout(std::chrono::milliseconds timeout);
  // The `PRAGMA user_version` schema number.
  [[nodiscard]] int user_version();

private:
  struct Closer {
    void operator()(sqlite3 *db) const;
  };
  std::unique_ptr<sqlite3, Closer> m_db;
};

// BEGIN IMMEDIATE on construction (a savepoint when a transaction is already open);
// rolls back when destroyed without commit(), so an exception between the two leaves
// the database as it was.
class Transaction {
public:
  explicit Transaction(Database &db);
  Transaction(const Transaction &) = delete;
  Transaction &operator=(const Transaction &) = delete;
  Transaction(Transaction &&) = delete;
  Transaction &operator=(Transaction &&) = delete;
  ~Transaction();
  void commit();

private:
  Database &m_db;
  bool m_nested; // a savepoint inside an outer transaction
  bool m_done = false;
};

} // namespace knead::history::sql
