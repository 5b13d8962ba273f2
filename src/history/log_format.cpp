#include "history/log_format.hpp"

#include "history/json_text.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::history {
namespace {

// Working time: the timed phases of the steps, no prompts or pauses.
double minutes(const SessionRecord &session) {
  return session.working_s / 60.0;
}

std::optional<int> pain_change(const SessionRecord &session) {
  if (session.pain_before && session.pain_after) {
    return *session.pain_after - *session.pain_before;
  }
  return std::nullopt;
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
  return row.add("outcome", to_string(session.outcome))
      .add_raw("minutes", json_decimal(minutes(session)))
      .add_raw("session_minutes", json_decimal(session.active_s / 60.0))
      .add_raw("planned_minutes", json_decimal(session.planned_s / 60.0))
      .add_raw("pain_before", json_int(session.pain_before))
      .add_raw("pain_after", json_int(session.pain_after))
      .add_raw("pain_change", json_int(pain_change(session)))
      .add("step_count", session.step_count)
      .add("steps_done", session.steps_done)
      .add("steps_skipped", session.steps_skipped)
      .add_raw("skipped", json::array(skipped))
      .add("screening", session.screening)
      .add("after_advice", session.advice)
      .add("routine_hash", session.routine_hash)
      .add_raw("speed", json_number(session.speed))
      .add("counted", counts(session))
      .add("note", session.note)
      .str();
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
Text csv_field(const std::string &text) {
  Text safe(Untrusted{text});
  if (safe.utf8().find_first_of(",\"\n") == std::string::npos) {
    return safe;
  }
  std::string quoted = "\"";
  for (const char c : safe.utf8()) {
    quoted += c;
    if (c == '"') {
      quoted += '"';
    }
  }
  return Text::trusted(quoted + "\"");
}

Text optional_text(std::optional<int> value) {
  return value ? Text::format("{}", *value) : Text();
}

Text pain_text(const SessionRecord &session, Charset charset) {
  if (!session.pain_before && !session.pain_after) {
    return {};
  }
  const auto rating = [](std::optional<int> value) {
    return value ? Text::format("{}", *value) : Text("-");
  };
  Text out = Text::format("  pain {} {} {}", rating(session.pain_before),
                          charset == Charset::utf8 ? "→" : "->", rating(session.pain_after));
  if (const auto change = pain_change(session)) {
    out += *change == 0 ? Text(" (no change)") : Text::format(" ({:+})", *change);
  }
  return out;
}

} // namespace

Text step_counts(const SessionRecord &session) {
  return Text::format("{} of {} {} done, {} skipped", session.steps_done, session.step_count,
                      session.step_count == 1 ? "step" : "steps", session.steps_skipped);
}

// One session a line, so the output stays readable and greppable.
std::string format_log_json(const std::vector<SessionRecord> &sessions) {
  std::string out = "[";
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    out += json_row(sessions[i]);
  }
  out += sessions.empty() ? "]\n" : "\n]\n";
  return out;
}

Text format_log_csv(const std::vector<SessionRecord> &sessions) {
  Text out = "routine,started_at,ended_at,outcome,minutes,pain_before,pain_after,skipped,id,"
             "steps_done,step_count,speed,note\n";
  for (const auto &session : sessions) {
    out += Text::format(
        "{},{},{},{},{:.1f},{},{},{},{},{},{},{},{}\n", csv_field(session.routine_id),
        Text::trusted(format_utc(session.started_at)), Text::trusted(ended_at(session)),
        csv_field(to_string(session.outcome)), minutes(session), optional_text(session.pain_before),
        optional_text(session.pain_after), session.steps_skipped, session.id, session.steps_done,
        session.step_count, session.speed, csv_field(session.note));
  }
  return out;
}

Text format_log_text(const std::vector<SessionRecord> &sessions, Charset charset) {
  if (sessions.empty()) {
    return "No sessions recorded.\n";
  }
  // The columns are as wide as their widest entry, so that they line up for any id:
  // routine ids from 12 columns up to k_routine_column, longer ones cut with "…".
  constexpr std::size_t k_routine_column = 24;
  std::size_t id_width = 4;
  std::size_t routine_width = 12;
  for (const auto &session : sessions) {
    id_width = std::max(id_width, fmt::formatted_size("{}", session.id));
    // Measured as the terminal shows them: in ASCII a character may become several.
    routine_width =
        std::max(routine_width, std::min(k_routine_column,
                                         Text(Untrusted(session.routine_id)).in(charset).width()));
  }
  Text out;
  for (const auto &session : sessions) {
    const auto routine = Text(Untrusted(session.routine_id))
                             .in(charset)
                             .truncated(routine_width, charset)
                             .padded_right(routine_width);
    out += Text::format("#{} {}  {} {:<11} {:5.1f} min  {}{}",
                        Text::format("{}", session.id).padded_right(id_width),
                        Text::trusted(format_local(session.started_at)), routine,
                        to_string(session.outcome), minutes(session), step_counts(session),
                        pain_text(session, charset));
    if (session.speed != 1.0) {
      out += Text::format("  at --speed {}, not counted", session.speed);
    }
    out += "\n";
    if (!session.note.empty()) {
      out += Text::format("      note: {}\n", Untrusted(session.note));
    }
    if (!session.advice.empty()) {
      out += Text::format("      {}\n", Untrusted(session.advice));
    }
  }
  return out;
}

} // namespace knead::history
