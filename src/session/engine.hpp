#pragma once

#include "session/clock.hpp"
#include "session/event.hpp"
#include "session/input.hpp"
#include "session/phases.hpp"
#include "session/plan.hpp"
#include "session/skin.hpp"

#include <optional>
#include <string>
#include <vector>

namespace knead::session {

// How much +15 s / -15 s move the current phase.
inline constexpr Ms k_adjust_step{15'000};

struct EngineOptions {
  int from_step = 1; // 1-based routine step number to begin at
  // When set, a `before` prompt confirms itself after this much session time (a key
  // still confirms it sooner): for runs without a keyboard (stdin not a terminal)
  // and hands-free sessions (--hands-free). Its before_prompt event carries the
  // length as its `duration`.
  std::optional<Ms> before_lead_in;
};

// A snapshot of where the session stands, for the front ends. Lengths and times
// left are session time; "left" values stop moving while paused.
struct EngineState {
  bool started = false;
  bool finished = false;
  bool paused = false;
  bool waiting = false; // a `before` prompt waits for confirmation
  int step_index = -1;  // into Plan::steps; -1 before the start and after the end
  int next_index = -1;  // the next step that will run, -1 when none
  std::optional<Phase> phase;
  Ms phase_left{0};
  Ms phase_length{0};
  Ms step_left{0};
  Ms step_length{0};
  Ms session_left{0};
  Ms session_length{0};
  Ms paused_total{0};
  // In an ice or heat step, how long the pack has been on the skin in this step, pauses
  // included (it is held to session::k_skin_limit); nothing otherwise.
  std::optional<Ms> skin_time;
  int steps_done = 0;
  int steps_skipped = 0;
};

// The session as pure logic. It reads the time from the injected clock, keeps every
// phase end as an absolute deadline (session start + planned durations + time paused
// + adjustments, so nothing drifts), and tells `sink` what happens. It never sleeps:
// the caller waits until next_deadline() and then calls advance(). An ice or heat step
// also runs on the time its pack has been on the skin, which pauses and added time do
// not stop: a skin check every 5 minutes, and the end of the step at 20.
class Engine {
public:
  Engine(Plan plan, const Clock &clock, EventSink &sink, EngineOptions options = {});

  // Announces the session and its first step; call once, at session time zero.
  void start();
  // Carries out everything whose deadline is at or before the clock's now.
  void advance();
  // Pauses the session as of `at` (before now), when the process was stopped then
  // (SIGSTOP) and has just been continued: what was due before `at` is carried out,
  // and the time since counts as paused, not as hold time. Nothing when paused already.
  void pause_at(Ms at);
  void handle(Input input);
  // Ends the session at once (a signal, an error): `ending` goes into session_end.
  void stop(SessionEnding ending);

  // When advance() next has work to do; nothing while waiting for a confirmation
  // without a lead-in, or finished, or while paused (except for the skin check and
  // limit of an ice or heat step, which keep their time).
  [[nodiscard]] std::optional<Ms> next_deadline() const;
  [[nodiscard]] EngineState state() const;
  [[nodiscard]] bool finished() const { return m_finished; }
  [[nodiscard]] Outcome outcome() const { return m_outcome; }
  [[nodiscard]] const Plan &plan() const { return m_plan; }

private:
  void advance_to(Ms now);
  void emit(EventKind kind, Ms at, int step_index = -1);
  void emit_event(Event event, int step_index);
  void go_to_step(int index, Ms at, bool with_prompt);
  void begin_step(Ms at);
  void enter_phase(std::size_t index, Ms at);
  void end_phase(Ms at);
  void finish(SessionEnding ending, Ms at);
  void set_paused(bool paused, Ms at);
  void adjust(Ms by, Ms at);
  [[nodiscard]] Ms reference_now() const; // now, or the moment of pausing
  [[nodiscard]] Ms remaining_after_phase() const;
  [[nodiscard]] Ms later_steps_length(int after_index) const;
  [[nodiscard]] int previous_runnable(int index) const;
  void skin_due(Ms at);

  Plan m_plan;
  const Clock &m_clock;
  EventSink &m_sink;
  EngineOptions m_options;

  int m_step = -1;
  std::vector<Phase> m_phases; // of the current step
  std::size_t m_phase = 0;
  bool m_waiting = false;
  std::optional<Ms> m_deadline; // phase end or prompt lead-in end, as if never paused since
  bool m_started = false;
  bool m_finished = false;
  Outcome m_outcome = Outcome::completed;
  bool m_paused = false;
  Ms m_pause_start{0};
  Ms m_paused_total{0};
  Ms m_adjusted{0};
  Ms m_step_adjusted{0}; // the part of m_adjusted made in the current step
  std::vector<bool> m_done;
  std::vector<bool> m_skipped;
  SkinTimer m_skin; // the time on the skin of ice and heat steps
};

} // namespace knead::session
