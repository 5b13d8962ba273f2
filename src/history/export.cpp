#include "history/export.hpp"

#include "history/json_text.hpp"
#include "util/json.hpp"

namespace knead::history {

std::string export_line(const SessionRecord &session, const std::vector<StepRecord> &steps,
                        const Answers &answers) {
  std::vector<std::string> step_objects;
  step_objects.reserve(steps.size());
  for (const auto &step : steps) {
    step_objects.push_back(json::Object()
                               .add("step", step.step)
                               .add("title", step.title)
                               .add("planned_s", step.planned_s)
                               .add("actual_s", step.actual_s)
                               .add("working_s", step.working_s)
                               .add("sides", step.sides)
                               .add("skipped", step.skipped)
                               .add("skip_reason", step.skip_reason)
                               .str());
  }
  std::vector<std::string> answer_objects;
  for (const auto &[question, yes] : answers) {
    answer_objects.push_back(json::Object().add("question_id", question).add("answer", yes).str());
  }
  json::Object line;
  line.add("knead_history", 1)
      .add("id", session.id)
      .add("routine_id", session.routine_id)
      .add("routine_title", session.routine_title)
      .add("routine_hash", session.routine_hash)
      .add("started_at", format_utc(session.started_at));
  if (session.ended_at) {
    line.add("ended_at", format_utc(*session.ended_at));
  } else {
    line.add_null("ended_at");
  }
  return line.add("outcome", session.stored_outcome)
      .add("active_s", session.active_s)
      .add("working_s", session.working_s)
      .add("planned_s", session.planned_s)
      .add("step_count", session.step_count)
      .add_raw("speed", json_number(session.speed))
      .add_raw("pain_before", json_int(session.pain_before))
      .add_raw("pain_after", json_int(session.pain_after))
      .add("screening", session.screening)
      .add("note", session.note)
      .add("advice", session.advice)
      .add("pid", session.process.pid)
      .add("process_start", session.process.start)
      .add_raw("steps", json::array(step_objects))
      .add_raw("answers", json::array(answer_objects))
      .str();
}

void export_history(Store &store, const std::function<void(const std::string &)> &write) {
  SessionFilter filter;
  filter.oldest_first = true;
  // Read first, then the steps and answers of each: one statement at a time.
  for (const auto &session : store.sessions(filter)) {
    write(export_line(session, store.steps(session.id), store.answers(session.id)) + "\n");
  }
}

} // namespace knead::history
