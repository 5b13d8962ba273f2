#include "history/log_format.hpp"

#include "history/json_text.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

namespace knead::history {
namespace {

double minutes(const SessionRecord &session) {
  return session.active_s / 60.0;
}

std::string ended_at(const SessionRecord &session) {
  return session.ended_at ? format_utc(*session.ended_at) : std::string();
}

std::string json_row(const SessionRecord &session) {
  std::string skipped = "[";
  for (const auto &step : session.skipped) {
    if (skipped.size() > 1) {
      skipped += ", ";
    }
    skipped += fmt::format(R"({{"step": {}, "title": {}, "reason": {}}})", step.step,
                           json_string(step.title), json_string(step.reason));
  }
  skipped += "]";
  return fmt::format(
      R"({{"id": {}, "routine": {}, "title": {}, "started_at": {}, "ended_at": {}, )"
      R"("outcome": {}, "minutes": {}, "pain_before": {}, "pain_after": {}, "skipped": {}, )"
      R"("screening": {}, "routine_hash": {}}})",
      session.id, json_string(session.routine_id), json_string(session.routine_title),
      json_string(format_utc(session.started_at)),
      session.ended_at ? json_string(ended_at(session)) : "null", json_string(session.outcome),
      json_decimal(minutes(session)), json_int(session.pain_before), json_int(session.pain_after),
      skipped, json_string(session.screening), json_string(session.routine_hash));
}

std::string format_json(const std::vector<SessionRecord> &sessions) {
  std::string out = "[";
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    out += i == 0 ? "\n  " : ",\n  ";
    out += json_row(sessions[i]);
  }
  out += sessions.empty() ? "]\n" : "\n]\n";
  return out;
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
std::string csv_field(std::string_view text) {
  const auto safe = sanitize_for_terminal(text);
  if (safe.find_first_of(",\"\n") == std::string::npos) {
    return safe;
  }
  std::string quoted = "\"";
  for (const char c : safe) {
    quoted += c;
    if (c == '"') {
      quoted += '"';
    }
  }
  return quoted + "\"";
}

std::string optional_text(std::optional<int> value) {
  return value ? std::to_string(*value) : std::string();
}

std::string format_csv(const std::vector<SessionRecord> &sessions) {
  std::string out = "routine,started_at,ended_at,outcome,minutes,pain_before,pain_after,skipped\n";
  for (const auto &session : sessions) {
    out +=
        fmt::format("{},{},{},{},{:.1f},{},{},{}\n", csv_field(session.routine_id),
                    format_utc(session.started_at), ended_at(session), csv_field(session.outcome),
                    minutes(session), optional_text(session.pain_before),
                    optional_text(session.pain_after), session.skipped.size());
  }
  return out;
}

std::string pain_text(const SessionRecord &session, bool unicode) {
  if (!session.pain_before && !session.pain_after) {
    return {};
  }
  const auto rating = [](std::optional<int> value) {
    return value ? std::to_string(*value) : std::string("-");
  };
  return fmt::format("  pain {} {} {}", rating(session.pain_before), unicode ? "→" : "->",
                     rating(session.pain_after));
}

std::string format_text(const std::vector<SessionRecord> &sessions, bool unicode) {
  if (sessions.empty()) {
    return "No sessions recorded.\n";
  }
  std::string out;
  for (const auto &session : sessions) {
    out += fmt::format("{}  {:<12} {:<11} {:5.1f} min{}", format_local(session.started_at),
                       sanitize_for_terminal(session.routine_id, false, !unicode),
                       sanitize_for_terminal(session.outcome, false, !unicode), minutes(session),
                       pain_text(session, unicode));
    if (!session.skipped.empty()) {
      out += fmt::format("  ({} skipped)", session.skipped.size());
    }
    out += '\n';
  }
  return out;
}

} // namespace

std::string format_log(const std::vector<SessionRecord> &sessions, LogFormat format, bool unicode) {
  switch (format) {
  case LogFormat::json:
    return format_json(sessions);
  case LogFormat::csv:
    return format_csv(sessions);
  case LogFormat::text:
    break;
  }
  return format_text(sessions, unicode);
}

} // namespace knead::history
