#include "history/log_format.hpp"

#include "history/json_text.hpp"
#include "util/json.hpp"
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
  std::vector<std::string> skipped;
  for (const auto &step : session.skipped) {
    skipped.push_back(json::Object()
                          .add("step", step.step)
                          .add("title", step.title)
                          .add("reason", step.reason)
                          .str());
  }
  json::Object row;
  row.add("id", session.id)
      .add("routine", session.routine_id)
      .add("title", session.routine_title)
      .add("started_at", format_utc(session.started_at));
  if (session.ended_at) {
    row.add("ended_at", ended_at(session));
  } else {
    row.add_null("ended_at");
  }
  return row.add("outcome", session.outcome)
      .add_raw("minutes", json_decimal(minutes(session)))
      .add_raw("pain_before", json_int(session.pain_before))
      .add_raw("pain_after", json_int(session.pain_after))
      .add_raw("skipped", json::array(skipped))
      .add("screening", session.screening)
      .add("routine_hash", session.routine_hash)
      .str();
}

// One session a line, so the output stays readable and greppable.
std::string format_json(const std::vector<SessionRecord> &sessions) {
  std::string out = "[";
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
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
