#include "session/engine.hpp"

#include "routine/timing.hpp"
#include "session/guidance.hpp"
#include "session/skin.hpp"

#include <algorithm>

namespace knead::session {

namespace {

Ms step_length(const PlannedStep &step) {
  return step.skipped ? Ms{0} : Ms{routine::step_duration(step.step)};
}

EventKind event_for(PhaseKind kind) {
  switch (kind) {
  case PhaseKind::press:
    return EventKind::press;
  case PhaseKind::hold:
    return EventKind::hold;
  case PhaseKind::rep:
    return EventKind::rep;
  case PhaseKind::release:
    return EventKind::release;
  case PhaseKind::ready:
    return EventKind::get_ready;
  }
  return EventKind::hold;
}

} // namespace

Engine::Engine(Plan plan, const Clock &clock, EventSink &sink, EngineOptions options)
    : m_plan(std::move(plan)), m_clock(clock), m_sink(sink), m_options(options),
      m_done(m_plan.steps.size(), false), m_skipped(m_plan.steps.size(), false),
      m_skin(m_plan.steps.size()) {}

void Engine::emit(EventKind kind, Ms at, int step_index) {
  Event event;
  event.kind = kind;
  event.t = at;
  emit_event(std::move(event), step_index);
}

void Engine::emit_event(Event event, int step_index) {
  if (step_index >= 0) {
    const auto &planned = m_plan.steps[static_cast<std::size_t>(step_index)];
    event.step = planned.number;
    event.title = planned.step.title;
  }
  event.wall = m_clock.wall();
  m_sink.on_event(event);
}

void Engine::start() {
  if (m_started) {
    return;
  }
  m_started = true;
  // The session begins at session time zero by definition, not at whatever the clock
  // reads by now: at --speed 600 the microseconds since the clock started would
  // otherwise shift every deadline by milliseconds of session time.
  const Ms at{0};
  Event event;
  event.kind = EventKind::session_start;
  event.t = at;
  event.title = m_plan.routine_title;
  emit_event(std::move(event), -1);
  const int first = std::max(0, m_options.from_step - 1);
  go_to_step(first, at, true);
}

// Moves to step `index` at session time `at`, announcing the steps screening
// skipped on the way. Ends the session after the last step.
void Engine::go_to_step(int index, Ms at, bool with_prompt) {
  m_skin.take_off(at); // leaving the step: its pack comes off
  const int count = static_cast<int>(m_plan.steps.size());
  while (index < count && m_plan.steps[static_cast<std::size_t>(index)].skipped) {
    const auto &planned = m_plan.steps[static_cast<std::size_t>(index)];
    Event event;
    event.kind = EventKind::step_skipped;
    event.t = at;
    event.skip_cause = SkippedByScreening{planned.skip_reason};
    event.text = planned.skip_explanation;
    m_skipped[static_cast<std::size_t>(index)] = true;
    emit_event(std::move(event), index);
    ++index;
  }
  if (index >= count) {
    m_step = -1;
    m_phases.clear();
    finish({Outcome::completed}, at);
    return;
  }
  m_step = index;
  m_phases.clear();
  m_phase = 0;
  m_step_adjusted = Ms{0};
  const auto &planned = m_plan.steps[static_cast<std::size_t>(index)];
  if (!planned.swap_reason.empty()) {
    Event event;
    event.kind = EventKind::alternative;
    event.t = at;
    event.question_id = planned.swap_reason;
    event.text = planned.swap_explanation;
    emit_event(std::move(event), index);
  }
  for (const auto &caution : planned.cautions) {
    Event event;
    event.kind = EventKind::caution;
    event.t = at;
    event.text = caution;
    emit_event(std::move(event), index);
  }
  if (with_prompt && !planned.step.before.empty()) {
    m_waiting = true;
    m_deadline.reset();
    if (m_options.before_lead_in) {
      m_deadline = (m_paused ? m_pause_start : at) + *m_options.before_lead_in;
    }
    Event event;
    event.kind = EventKind::before_prompt;
    event.t = at;
    event.text = planned.step.before;
    // How long until it goes on by itself, for those who say so ("starting in ten
    // seconds"); zero when it waits for a key.
    event.duration = m_options.before_lead_in.value_or(Ms{0});
    emit_event(std::move(event), index);
    return;
  }
  begin_step(at);
}

void Engine::begin_step(Ms at) {
  m_waiting = false;
  m_step_adjusted = Ms{0}; // a restart runs the step as planned
  const auto &planned = m_plan.steps[static_cast<std::size_t>(m_step)];
  m_phases = expand_phases(planned.step);
  if (routine::on_skin(planned.step.kind)) {
    // The pack goes on now; a restart of the step keeps it on, and its time.
    m_skin.put_on(m_step, at);
  }
  Event event;
  event.kind = EventKind::step_start;
  event.t = at;
  event.text = std::string(pressure_guidance(planned.step.kind));
  if (!m_phases.empty()) {
    event.side = m_phases.front().side;
  }
  emit_event(std::move(event), m_step);
  if (m_phases.empty()) {
    // A step with no timed part (all durations zero) ends as it starts.
    m_done[static_cast<std::size_t>(m_step)] = true;
    emit(EventKind::step_end, at, m_step);
    go_to_step(m_step + 1, at, true);
    return;
  }
  enter_phase(0, at);
}

void Engine::enter_phase(std::size_t index, Ms at) {
  const bool switching = index > 0 && m_phases[index - 1].side != m_phases[index].side;
  m_phase = index;
  const Phase &phase = m_phases[index];
  // While paused, a phase entered now starts counting only on resume.
  m_deadline = (m_paused ? m_pause_start : at) + phase.duration;
  if (switching) {
    Event event;
    event.kind = EventKind::side_switch;
    event.t = at;
    event.side = phase.side;
    emit_event(std::move(event), m_step);
  }
  Event event;
  event.kind = event_for(phase.kind);
  event.t = at;
  event.side = phase.side;
  event.rep = phase.rep;
  event.duration = phase.duration;
  emit_event(std::move(event), m_step);
}

// The current phase's deadline `at` has come: the next phase starts exactly then.
void Engine::end_phase(Ms at) {
  if (m_phase + 1 < m_phases.size()) {
    enter_phase(m_phase + 1, at);
    return;
  }
  m_done[static_cast<std::size_t>(m_step)] = true;
  m_skipped[static_cast<std::size_t>(m_step)] = false;
  emit(EventKind::step_end, at, m_step);
  go_to_step(m_step + 1, at, true);
}

void Engine::finish(SessionEnding ending, Ms at) {
  m_skin.take_off(at);
  // A step the ending cut short was not done: it counts as skipped, as the history
  // records it, so the summary and `knead log` count the same.
  if (m_step >= 0 && !m_waiting && !m_done[static_cast<std::size_t>(m_step)]) {
    m_skipped[static_cast<std::size_t>(m_step)] = true;
  }
  if (m_paused) {
    m_paused_total += at - m_pause_start;
    m_paused = false;
  }
  m_finished = true;
  m_outcome = ending.outcome;
  m_waiting = false;
  m_deadline.reset();
  Event event;
  event.kind = EventKind::session_end;
  event.t = at;
  event.ending = ending;
  event.paused = m_paused_total;
  event.title = m_plan.routine_title;
  emit_event(std::move(event), -1);
}

void Engine::advance() {
  advance_to(m_clock.now());
}

void Engine::pause_at(Ms at) {
  if (!m_started || m_finished || m_paused) {
    return;
  }
  at = std::min(at, m_clock.now());
  advance_to(at);
  if (!m_finished) {
    set_paused(true, at);
  }
}

void Engine::advance_to(Ms now) {
  if (!m_started) {
    return;
  }
  while (!m_finished) {
    // While paused the phase deadline waits; the time on the skin does not.
    const auto phase = m_paused ? std::nullopt : m_deadline;
    const auto skin = m_skin.next_due();
    // A phase end wins a tie: a 20-minute hold ends as planned, not at the limit.
    if (phase && *phase <= now && (!skin || *phase <= *skin)) {
      if (m_waiting) {
        begin_step(*phase);
      } else {
        end_phase(*phase);
      }
    } else if (skin && *skin <= now) {
      skin_due(*skin);
    } else {
      break;
    }
  }
}

// The skin check or the limit of the current ice or heat step has come at `at`.
void Engine::skin_due(Ms at) {
  const auto kind = m_plan.steps[static_cast<std::size_t>(m_step)].step.kind;
  Event event;
  event.t = at;
  if (m_skin.take_due(at) == SkinTimer::Due::check) {
    event.kind = EventKind::skin_check;
    event.text = std::string(skin_check_text(kind));
    emit_event(std::move(event), m_step);
    return;
  }
  event.kind = EventKind::skin_limit;
  event.text = std::string(skin_limit_text(kind));
  emit_event(std::move(event), m_step);
  m_done[static_cast<std::size_t>(m_step)] = true;
  m_skipped[static_cast<std::size_t>(m_step)] = false;
  Event end;
  end.kind = EventKind::step_end;
  end.t = at;
  end.skin_limit = true;
  emit_event(std::move(end), m_step);
  go_to_step(m_step + 1, at, true);
}

void Engine::set_paused(bool paused, Ms at) {
  if (paused == m_paused) {
    return;
  }
  m_paused = paused;
  if (paused) {
    m_pause_start = at;
    Event event;
    event.kind = EventKind::paused;
    event.t = at;
    if (m_skin.time(at)) {
      event.text =
          std::string(skin_pause_text(m_plan.steps[static_cast<std::size_t>(m_step)].step.kind));
    }
    emit_event(std::move(event), m_step);
    return;
  }
  const Ms shift = at - m_pause_start;
  m_paused_total += shift;
  if (m_deadline) {
    *m_deadline += shift;
  }
  emit(EventKind::resumed, at, m_step);
}

void Engine::adjust(Ms by, Ms at) {
  if (m_waiting || !m_deadline) {
    return;
  }
  const Ms floor = reference_now();
  const Ms before = *m_deadline;
  m_deadline = std::max(*m_deadline + by, floor);
  const Ms applied = *m_deadline - before;
  m_adjusted += applied;
  m_step_adjusted += applied;
  Event event;
  event.kind = EventKind::adjusted;
  event.t = at;
  event.adjust = applied;
  emit_event(std::move(event), m_step);
}

int Engine::previous_runnable(int index) const {
  for (int i = index - 1; i >= 0; --i) {
    if (!m_plan.steps[static_cast<std::size_t>(i)].skipped) {
      return i;
    }
  }
  return index;
}

void Engine::handle(Input input) {
  if (!m_started || m_finished) {
    return;
  }
  advance();
  if (m_finished) {
    return;
  }
  const Ms now = m_clock.now();
  switch (input) {
  case Input::toggle_pause:
    set_paused(!m_paused, now);
    break;
  case Input::pause:
    set_paused(true, now);
    break;
  case Input::resume:
    set_paused(false, now);
    break;
  case Input::next: {
    Event event;
    event.kind = EventKind::step_skipped;
    event.t = now;
    event.skip_cause = SkippedByPerson{};
    if (!m_done[static_cast<std::size_t>(m_step)]) {
      m_skipped[static_cast<std::size_t>(m_step)] = true;
    }
    emit_event(std::move(event), m_step);
    go_to_step(m_step + 1, now, true);
    break;
  }
  case Input::back: {
    const int target = previous_runnable(m_step);
    emit(EventKind::back, now, target);
    go_to_step(target, now, true);
    break;
  }
  case Input::restart:
    if (!m_waiting) {
      emit(EventKind::restart, now, m_step);
      begin_step(now);
    }
    break;
  case Input::add_time:
    adjust(k_adjust_step, now);
    break;
  case Input::remove_time:
    adjust(-k_adjust_step, now);
    break;
  case Input::quit:
    emit(EventKind::quit, now, m_step);
    finish({Outcome::quit}, now);
    break;
  case Input::confirm:
    if (m_waiting) {
      // Confirming is the go-ahead: a pause held over from before the prompt (paused,
      // then `n`) ends here, rather than starting the step paused.
      set_paused(false, now);
      begin_step(now);
    }
    break;
  }
  // A key may leave a deadline that is already due (-15 s near a phase end, a
  // resume after -15 s while paused): carry it out now rather than at the next wake.
  advance();
}

void Engine::stop(SessionEnding ending) {
  if (m_started && !m_finished) {
    finish(ending, m_clock.now());
  }
}

std::optional<Ms> Engine::next_deadline() const {
  if (!m_started || m_finished) {
    return std::nullopt;
  }
  const auto phase = m_paused ? std::nullopt : m_deadline;
  const auto skin = m_skin.next_due();
  if (phase && skin) {
    return std::min(*phase, *skin);
  }
  return phase ? phase : skin;
}

Ms Engine::reference_now() const {
  return m_paused ? m_pause_start : m_clock.now();
}

Ms Engine::remaining_after_phase() const {
  Ms total{0};
  for (std::size_t i = m_phase + 1; i < m_phases.size(); ++i) {
    total += m_phases[i].duration;
  }
  return total;
}

Ms Engine::later_steps_length(int after_index) const {
  Ms total{0};
  const int first = after_index + 1;
  for (auto i = static_cast<std::size_t>(first); i < m_plan.steps.size(); ++i) {
    total += step_length(m_plan.steps[i]);
  }
  return total;
}

EngineState Engine::state() const {
  EngineState state;
  state.started = m_started;
  state.finished = m_finished;
  state.paused = m_paused;
  state.waiting = m_waiting;
  state.step_index = m_finished ? -1 : m_step;
  state.paused_total = m_paused_total;
  for (std::size_t i = 0; i < m_plan.steps.size(); ++i) {
    state.steps_done += m_done[i] ? 1 : 0;
    state.steps_skipped += (m_skipped[i] && !m_done[i]) ? 1 : 0;
  }
  const int first = std::max(0, m_options.from_step - 1);
  state.session_length = later_steps_length(first - 1) + m_adjusted;
  if (m_finished || m_step < 0) {
    return state;
  }
  if (m_paused) {
    state.paused_total += m_clock.now() - m_pause_start;
  }
  const int after = m_step + 1;
  for (auto i = static_cast<std::size_t>(after); i < m_plan.steps.size(); ++i) {
    if (!m_plan.steps[i].skipped) {
      state.next_index = static_cast<int>(i);
      break;
    }
  }
  const auto &planned = m_plan.steps[static_cast<std::size_t>(m_step)];
  // With what +15 s and -15 s added: the step bar then never shows more time left
  // than the step has.
  state.step_length = std::max(Ms{0}, step_length(planned) + m_step_adjusted);
  Ms step_left = state.step_length;
  if (!m_waiting && !m_phases.empty() && m_deadline) {
    const Phase &phase = m_phases[m_phase];
    state.phase = phase;
    state.phase_length = phase.duration;
    state.phase_left = std::max(Ms{0}, *m_deadline - reference_now());
    step_left = state.phase_left + remaining_after_phase();
  } else if (m_waiting && m_deadline) {
    state.phase_left = std::max(Ms{0}, *m_deadline - reference_now());
  }
  state.step_left = step_left;
  state.session_left = step_left + later_steps_length(m_step);
  state.skin_time = m_skin.time(m_clock.now());
  return state;
}

} // namespace knead::session
