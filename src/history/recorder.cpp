#include "history/recorder.hpp"

#include "history/hash.hpp"
#include "routine/timing.hpp"
#include "util/untrusted.hpp"

#include <algorithm>

namespace knead::history {
namespace {

int whole_seconds(std::chrono::milliseconds time) {
  return static_cast<int>((time.count() + 500) / 1000);
}

} // namespace

Recorder::Recorder(std::optional<std::filesystem::path> path, WallClock clock, WarningSink warn)
    : m_path(std::move(path)), m_clock(std::move(clock)), m_warn(std::move(warn)) {}

void Recorder::attempt(const std::function<void(Store &)> &work) {
  if (!m_path || m_failed) {
    return;
  }
  try {
    if (!m_store) {
      if (m_path->empty()) {
        m_path = default_history_path();
      }
      m_store.emplace(Store::open_for_writing(*m_path));
    }
    work(*m_store);
  } catch (const std::exception &error) {
    // StoreError already names the file; anything else (no HOME, bad_alloc) gets
    // the file put in front when it is known.
    std::string reason = error.what();
    if (dynamic_cast<const StoreError *>(&error) == nullptr && !m_path->empty()) {
      reason = m_path->string() + ": " + reason;
    }
    m_warn("cannot record this session in the history: " + Text(Untrusted(reason)));
    m_failed = true;
    m_store.reset();
  }
}

StepRecord Recorder::step_record(int number, std::chrono::milliseconds actual) const {
  StepRecord record;
  record.step = number;
  record.actual_s = whole_seconds(actual);
  for (const auto &planned : m_plan.steps) {
    if (planned.number == number) {
      record.title = planned.step.title;
      record.planned_s = static_cast<int>(routine::step_duration(planned.step).count());
      record.sides = routine::to_string(planned.step.sides);
      if (planned.skipped) {
        record.skipped = true;
        record.skip_reason = planned.skip_reason;
      }
    }
  }
  return record;
}

int Recorder::active_seconds() const {
  return whole_seconds(m_last_t);
}

void Recorder::begin(const session::Plan &plan, const SessionStart &start) {
  m_plan = plan;
  attempt([&](Store &store) {
    m_session = store.begin_session(start, m_clock());
    for (const auto &planned : m_plan.steps) {
      if (planned.skipped) {
        store.record_step(*m_session, step_record(planned.number, {}), 0);
      }
    }
  });
}

void Recorder::stopped(const SessionStart &start) {
  attempt([&](Store &store) { m_session = store.record_stopped(start, m_clock()); });
}

void Recorder::on_event(const session::Event &event) {
  m_last_t = std::max(m_last_t, event.t);
  switch (event.kind) {
  case session::EventKind::step_start:
    m_current = CurrentStep{event.step, event.t};
    break;
  case session::EventKind::step_end:
  case session::EventKind::step_skipped: {
    const bool was_running = m_current && m_current->number == event.step;
    auto record = step_record(event.step, was_running ? event.t - m_current->started
                                                      : std::chrono::milliseconds{0});
    if (event.kind == session::EventKind::step_skipped) {
      record.skipped = true;
      if (event.skip_cause) {
        record.skip_reason = session::to_string(*event.skip_cause);
      }
    }
    if (was_running) {
      m_current.reset();
    }
    if (m_session) {
      attempt([&](Store &store) { store.record_step(*m_session, record, active_seconds()); });
    }
    break;
  }
  default:
    break;
  }
}

void Recorder::finish(session::Outcome outcome) {
  if (!m_session) {
    return;
  }
  std::vector<StepRecord> cut_short;
  if (m_current) {
    auto record = step_record(m_current->number, m_last_t - m_current->started);
    record.skipped = true;
    record.skip_reason = session::to_string(outcome);
    cut_short.push_back(record);
    m_current.reset();
  }
  attempt([&](Store &store) {
    store.finish_session(*m_session, outcome, active_seconds(), cut_short, m_clock());
  });
}

void Recorder::pain_after(std::optional<int> pain) {
  if (!m_session || !pain) {
    return;
  }
  attempt([&](Store &store) { store.set_pain_after(*m_session, pain); });
}

} // namespace knead::history

namespace knead::history {

SessionStart make_session_start(const routine::Routine &routine, std::optional<int> pain_before,
                                std::string screening, Answers answers) {
  SessionStart start;
  start.routine_id = routine.id;
  start.routine_title = routine.title;
  start.routine_hash = content_hash(routine.content);
  start.pain_before = pain_before;
  start.screening = std::move(screening);
  start.answers = std::move(answers);
  start.process = current_process();
  return start;
}

} // namespace knead::history
