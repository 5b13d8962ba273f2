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

Recorder::Recorder(std::optional<std::filesystem::path> path, WallClock clock, WarningSink warn,
                   RecorderOptions options)
    : m_path(std::move(path)), m_clock(std::move(clock)), m_warn(std::move(warn)),
      m_options(std::move(options)) {}

bool Recorder::with_store(std::chrono::milliseconds busy,
                          const std::function<void(Store &)> &work) {
  if (!m_path || m_failed) {
    return false;
  }
  try {
    if (!m_store) {
      if (m_path->empty()) {
        m_path = default_history_path();
      }
      m_store.emplace(Store::open_for_writing(*m_path));
    }
    m_store->set_busy_timeout(busy);
    if (m_options.before_write) {
      m_options.before_write();
    }
    work(*m_store);
    return true;
  } catch (const std::exception &error) {
    // StoreError already names the file; anything else (no HOME, bad_alloc) gets
    // the file put in front when it is known.
    m_problem = error.what();
    if (dynamic_cast<const StoreError *>(&error) == nullptr && !m_path->empty()) {
      m_problem = m_path->string() + ": " + m_problem;
    }
    return false;
  }
}

bool Recorder::write_pending(std::chrono::milliseconds busy) {
  if (!m_start && !m_session) {
    return true; // never begun: nothing to write
  }
  if (m_session && m_steps.empty() && !m_ending && !m_pain_after && !m_note && !m_advice) {
    return true;
  }
  std::optional<std::int64_t> session = m_session;
  const bool written = with_store(busy, [&](Store &store) {
    store.write_together([&] {
      if (!session) {
        session = store.begin_session(*m_start, m_started_at);
      }
      for (const auto &[number, record] : m_steps) {
        store.record_step(*session, record, active_seconds(), working_seconds());
      }
      if (m_ending) {
        store.finish_session(*session, m_ending->outcome, active_seconds(), working_seconds(),
                             m_ending->cut_short, m_ending->at);
      }
      if (m_pain_after) {
        store.set_pain_after(*session, *m_pain_after);
      }
      if (m_note) {
        store.set_note(*session, *m_note, m_clock());
      }
      if (m_advice) {
        store.set_advice(*session, *m_advice);
      }
    });
  });
  if (written) {
    m_session = session;
    m_start.reset();
    m_steps.clear();
    m_ending.reset();
    m_pain_after.reset();
    m_note.reset();
    m_advice.reset();
  }
  return written;
}

void Recorder::write_last() {
  if (!m_path || m_failed || write_pending(m_options.final_busy_timeout)) {
    return;
  }
  warn();
}

void Recorder::warn() {
  m_warn("cannot record this session in the history: " + Text(Untrusted(m_problem)));
  m_failed = true;
  m_store.reset();
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

int Recorder::working_seconds() const {
  return whole_seconds(m_working.total());
}

void Recorder::begin(const session::Plan &plan, const SessionStart &start) {
  m_plan = plan;
  m_start = start;
  m_start->step_count = static_cast<int>(plan.steps.size());
  m_start->planned_s = 0;
  for (const auto &planned : m_plan.steps) {
    if (!planned.skipped) {
      m_start->planned_s += static_cast<int>(routine::step_duration(planned.step).count());
    }
  }
  m_started_at = m_clock();
  for (const auto &planned : m_plan.steps) {
    if (planned.skipped) {
      m_steps[planned.number] = step_record(planned.number, {});
    }
  }
  write_pending(m_options.busy_timeout);
}

void Recorder::stopped(const SessionStart &start) {
  const auto now = m_clock();
  if (!with_store(m_options.final_busy_timeout,
                  [&](Store &store) { m_session = store.record_stopped(start, now); }) &&
      m_path && !m_failed) {
    warn();
  }
}

void Recorder::on_event(const session::Event &event) {
  m_last_t = std::max(m_last_t, event.t);
  m_working.on_event(event);
  switch (event.kind) {
  case session::EventKind::step_start:
    m_current = CurrentStep{event.step, event.t};
    break;
  case session::EventKind::step_end:
  case session::EventKind::step_skipped: {
    const bool was_running = m_current && m_current->number == event.step;
    auto record = step_record(event.step, was_running ? event.t - m_current->started
                                                      : std::chrono::milliseconds{0});
    if (was_running) {
      record.working_s = whole_seconds(m_working.in_step());
    }
    if (event.kind == session::EventKind::step_skipped) {
      record.skipped = true;
      if (event.skip_cause) {
        record.skip_reason = session::to_string(*event.skip_cause);
      }
    }
    if (was_running) {
      m_current.reset();
    }
    if (m_session || m_start) {
      m_steps[event.step] = record;
      write_pending(m_options.busy_timeout);
    }
    break;
  }
  default:
    break;
  }
}

void Recorder::finish(session::Outcome outcome) {
  if (!m_session && !m_start) {
    return;
  }
  Ending ending{outcome, {}, m_clock()};
  if (m_current) {
    auto record = step_record(m_current->number, m_last_t - m_current->started);
    record.working_s = whole_seconds(m_working.in_step());
    record.skipped = true;
    record.skip_reason = session::to_string(outcome);
    ending.cut_short.push_back(record);
    m_current.reset();
  }
  m_ending = std::move(ending);
  write_last();
}

void Recorder::pain_after(std::optional<int> pain) {
  if ((!m_session && !m_start) || !pain) {
    return;
  }
  m_pain_after = pain;
  write_last();
}

void Recorder::advice(const std::string &text) {
  if ((!m_session && !m_start) || text.empty()) {
    return;
  }
  m_advice = text;
  write_last();
}

void Recorder::note(const std::string &text) {
  if ((!m_session && !m_start) || text.empty()) {
    return;
  }
  m_note = text;
  write_last();
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
