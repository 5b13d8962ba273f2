// Reading `knead history export` lines back. The JSON is parsed by SQLite's own JSON
// functions, in a database of its own in memory: no parser of ours to get wrong, and
// nothing touches the history until every line has been read.
#include "history/export.hpp"
#include "history/sqlite.hpp"

#include <fmt/format.h>

#include <string_view>

namespace knead::history {
namespace {

// A line that is not what an export line holds: thrown, caught per line.
struct BadLine {
  std::string reason;
};

class LineReader {
public:
  LineReader(sql::Database &db, std::string_view line)
      : m_db(db), m_line(line),
        m_value(db.prepare("SELECT json_type(?1, ?2), json_extract(?1, ?2)")) {}

  // The JSON type of `path` ("integer", "text", "null", … or "" when missing).
  std::string type(const std::string &path) {
    m_value.reset();
    m_value.bind(1, m_line).bind(2, path);
    if (!m_value.step() || m_value.is_null(0)) {
      return {};
    }
    return m_value.text(0);
  }
  std::string text(const std::string &path, std::string_view name) {
    if (type(path) != "text") {
      throw BadLine{fmt::format("\"{}\" must be a string", name)};
    }
    return m_value.text(1);
  }
  // A string that older files may lack: empty when absent.
  std::string optional_text(const std::string &path, std::string_view name) {
    return type(path).empty() ? std::string() : text(path, name);
  }
  std::int64_t integer(const std::string &path, std::string_view name) {
    if (type(path) != "integer") {
      throw BadLine{fmt::format("\"{}\" must be a whole number", name)};
    }
    return m_value.integer(1);
  }
  int small(const std::string &path, std::string_view name, std::int64_t low, std::int64_t high) {
    const auto value = integer(path, name);
    if (value < low || value > high) {
      throw BadLine{fmt::format("\"{}\" must be from {} to {}", name, low, high)};
    }
    return static_cast<int>(value);
  }
  std::optional<int> rating(const std::string &path, std::string_view name) {
    if (type(path) == "null") {
      return std::nullopt;
    }
    return small(path, name, 0, 10);
  }
  bool boolean(const std::string &path, std::string_view name) {
    const auto found = type(path);
    if (found != "true" && found != "false") {
      throw BadLine{fmt::format("\"{}\" must be true or false", name)};
    }
    return found == "true";
  }
  double number(const std::string &path, std::string_view name) {
    const auto found = type(path);
    if (found != "integer" && found != "real") {
      throw BadLine{fmt::format("\"{}\" must be a number", name)};
    }
    return m_value.real(1);
  }
  TimePoint time(const std::string &path, std::string_view name) {
    const auto value = parse_utc(text(path, name));
    if (!value) {
      throw BadLine{fmt::format("\"{}\" must be a time such as 2026-11-22T08:30:00Z", name)};
    }
    return *value;
  }
  int length(const std::string &path, std::string_view name) {
    if (type(path) != "array") {
      throw BadLine{fmt::format("\"{}\" must be a list", name)};
    }
    auto query = m_db.prepare("SELECT json_array_length(?1, ?2)");
    query.bind(1, m_line).bind(2, path);
    return query.step() ? static_cast<int>(query.integer(0)) : 0;
  }

private:
  sql::Database &m_db;
  std::string_view m_line;
  sql::Statement m_value;
};

constexpr int k_max_seconds = 10 * 365 * 24 * 3600;

ImportedSession read_line(sql::Database &db, std::string_view line) {
  auto valid =
      db.prepare("SELECT CASE WHEN json_valid(?1) THEN json_type(?1) = 'object' ELSE 0 END");
  valid.bind(1, line);
  if (!valid.step() || valid.integer(0) == 0) {
    throw BadLine{"not a JSON object"};
  }
  LineReader read(db, line);
  if (read.type("$.knead_history") != "integer" || read.integer("$.knead_history", "") != 1) {
    throw BadLine{"not a line of 'knead history export' (no \"knead_history\": 1)"};
  }
  ImportedSession imported;
  auto &session = imported.session;
  session.id = read.integer("$.id", "id");
  session.routine_id = read.text("$.routine_id", "routine_id");
  session.routine_title = read.text("$.routine_title", "routine_title");
  session.routine_hash = read.text("$.routine_hash", "routine_hash");
  session.started_at = read.time("$.started_at", "started_at");
  if (read.type("$.ended_at") != "null") {
    session.ended_at = read.time("$.ended_at", "ended_at");
  }
  session.stored_outcome = read.text("$.outcome", "outcome");
  const auto outcome = parse_stored_outcome(session.stored_outcome);
  if (!outcome) {
    throw BadLine{fmt::format("\"outcome\" cannot be \"{}\"", session.stored_outcome)};
  }
  session.outcome = *outcome;
  session.active_s = read.small("$.active_s", "active_s", 0, k_max_seconds);
  session.working_s = read.small("$.working_s", "working_s", 0, k_max_seconds);
  session.planned_s = read.small("$.planned_s", "planned_s", 0, k_max_seconds);
  session.step_count = read.small("$.step_count", "step_count", 0, 100000);
  session.speed = read.number("$.speed", "speed");
  if (!(session.speed > 0 && session.speed <= 1000)) {
    throw BadLine{"\"speed\" must be greater than 0 and at most 1000"};
  }
  session.pain_before = read.rating("$.pain_before", "pain_before");
  session.pain_after = read.rating("$.pain_after", "pain_after");
  session.screening = read.text("$.screening", "screening");
  session.note = read.text("$.note", "note");
  // Exports from before the advice was kept have none.
  session.advice = read.optional_text("$.advice", "advice");
  session.process.pid = read.small("$.pid", "pid", 0, 1 << 30);
  session.process.start = read.text("$.process_start", "process_start");
  const int steps = read.length("$.steps", "steps");
  for (int i = 0; i < steps; ++i) {
    const auto at = "$.steps[" + std::to_string(i) + "].";
    StepRecord step;
    step.step = read.small(at + "step", "step", 1, 100000);
    step.title = read.text(at + "title", "title");
    step.planned_s = read.small(at + "planned_s", "planned_s", 0, k_max_seconds);
    step.actual_s = read.small(at + "actual_s", "actual_s", 0, k_max_seconds);
    step.working_s = read.small(at + "working_s", "working_s", 0, k_max_seconds);
    step.sides = read.text(at + "sides", "sides");
    step.skipped = read.boolean(at + "skipped", "skipped");
    step.skip_reason = read.text(at + "skip_reason", "skip_reason");
    imported.steps.push_back(std::move(step));
  }
  const int answers = read.length("$.answers", "answers");
  for (int i = 0; i < answers; ++i) {
    const auto at = "$.answers[" + std::to_string(i) + "].";
    imported.answers.emplace_back(read.text(at + "question_id", "question_id"),
                                  read.boolean(at + "answer", "answer"));
  }
  return imported;
}

} // namespace

ImportResult import_history(Store &store, const std::string &text, const std::string &source,
                            TimePoint now) {
  ImportResult result;
  sql::Database db(":memory:", sql::Database::Mode::create);
  std::vector<ImportedSession> sessions;
  int number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) {
      end = text.size();
    }
    std::string_view line(text.data() + start, end - start);
    start = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      continue; // a blank line, such as the last
    }
    try {
      sessions.push_back(read_line(db, line));
    } catch (const BadLine &bad) {
      result.problems.push_back({number, bad.reason});
    }
  }
  if (!result.problems.empty()) {
    return result;
  }
  const auto counts = store.import_sessions(sessions, source, now);
  result.added = counts.first;
  result.already_there = counts.second;
  return result;
}

} // namespace knead::history
