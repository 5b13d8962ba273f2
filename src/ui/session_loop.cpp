#include "ui/session_loop.hpp"

#include "ui/live.hpp"
#include "ui/signals.hpp"
#include "util/exit_code.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <cstring>

namespace knead::ui {

namespace {

using session::Input;
using session::Ms;

} // namespace

SessionLoop::SessionLoop(session::Engine &engine, const session::Clock &clock, Waiter &waiter,
                         TerminalPort &terminal, LoopOptions options)
    : m_engine(engine), m_clock(clock), m_waiter(waiter), m_terminal(terminal),
      m_options(std::move(options)) {}

LoopEnd SessionLoop::run() {
  m_size = m_terminal.size();
  m_engine.start();
  if (m_options.after_wake) {
    m_options.after_wake(); // the first cues are due now
  }
  redraw();
  while (!m_engine.finished()) {
    const auto wake = m_waiter.wait_until(wake_at());
    if (wake.kind == Wake::Kind::signal) {
      m_signals = m_waiter.take_signals();
      account_stop(); // before the deadlines a stop has run over are carried out
    }
    m_engine.advance();
    switch (wake.kind) {
    case Wake::Kind::deadline:
      break;
    case Wake::Kind::input:
      read_keys();
      break;
    case Wake::Kind::signal:
      handle_signals();
      break;
    case Wake::Kind::failed:
      fail(wake.error);
      break;
    }
    if (m_options.after_wake) {
      m_options.after_wake();
    }
    redraw();
  }
  if (m_engine.outcome() == session::Outcome::quit) {
    m_end.exit_code = exit_code::k_quit;
  }
  return m_end;
}

void SessionLoop::redraw() {
  if (!m_terminal.live()) {
    return; // plain lines are printed by their event sink
  }
  m_model = make_screen_model(m_engine.plan(), m_engine.state(), m_keys.overlay(),
                              !m_terminal.has_keyboard(), m_model ? &*m_model : nullptr);
  if (m_options.latest_warning) {
    m_model->warning = m_options.latest_warning();
  }
  m_terminal.draw(render_screen(*m_model, m_size, m_terminal.utf8()));
}

std::optional<Ms> SessionLoop::wake_at() const {
  auto deadline = m_engine.next_deadline();
  if (m_options.also_wake_at) {
    if (const auto also = m_options.also_wake_at()) {
      deadline = deadline ? std::min(*deadline, *also) : *also;
    }
  }
  if (!m_terminal.live()) {
    return deadline; // plain lines change only on events
  }
  const Ms now = m_clock.now();
  auto tick = next_redraw(m_engine.state(), now);
  if (!tick) {
    return deadline;
  }
  // At --speed 1000 the countdown changes every real millisecond: draw what a person
  // can see, not every change.
  tick = std::max(*tick, now + Ms{static_cast<Ms::rep>(k_min_redraw_real_ms * m_options.speed)});
  return deadline ? std::min(*deadline, *tick) : *tick;
}

void SessionLoop::read_keys() {
  const auto bytes = m_terminal.read_keys();
  if (!bytes) {
    m_waiter.ignore_input(); // the keyboard is gone: stop waking for it
    return;
  }
  for (const auto &key : decode_keys(*bytes)) {
    const auto before = m_keys.overlay();
    const auto input = m_keys.press(key, m_engine.state().waiting);
    const bool opened = m_keys.overlay() != before;
    if (opened && !m_terminal.live()) {
      // Plain mode has no overlay to show: the question or the help become lines.
      if (m_keys.overlay() == Overlay::confirm_quit) {
        m_terminal.say(std::string(k_quit_question));
      } else if (m_keys.overlay() == Overlay::help) {
        for (const auto &line : key_help_lines(m_terminal.utf8())) {
          m_terminal.say("  " + line);
        }
      }
    }
    if (input) {
      m_engine.handle(*input);
    }
  }
}

// Ctrl-Z: pause, give the terminal back as it was, stop; on `fg`, take it again,
// still paused (space resumes).
void SessionLoop::suspend() {
  m_engine.handle(Input::pause);
  m_terminal.suspend();
  m_terminal.resume();
  m_size = m_terminal.size();
  if (!m_terminal.has_keyboard()) {
    // Nobody could press space to resume: carry on where it stopped.
    m_engine.handle(Input::resume);
  }
}

// SIGCONT after a stop knead did not make (SIGSTOP, then `fg`): the time stopped was
// no hold time. The session is paused as of the moment it stopped and stays paused,
// as after Ctrl-Z (without a keyboard it goes on at once), and the keyboard's raw mode
// is set again so that keys work at once.
void SessionLoop::account_stop() {
  const auto stopped_at = m_waiter.take_stop();
  if (stopped_at || std::find(m_signals.begin(), m_signals.end(), SIGCONT) != m_signals.end()) {
    m_terminal.reclaim();
  }
  if (!stopped_at) {
    return;
  }
  const bool was_paused = m_engine.state().paused;
  m_engine.pause_at(*stopped_at);
  if (!was_paused && !m_terminal.has_keyboard()) {
    m_engine.handle(Input::resume);
  }
}

void SessionLoop::handle_signals() {
  for (const int number : m_signals) {
    if (is_ending_signal(number)) {
      m_engine.stop({session::Outcome::interrupted, number});
      m_end.exit_code = 128 + number;
      return;
    }
    switch (number) {
    case SIGTSTP:
      suspend();
      break;
    case SIGWINCH:
    case SIGCONT:
      m_size = m_terminal.size();
      m_terminal.repaint();
      break;
    default:
      break;
    }
  }
}

// Waiting failed in a way that would fail again at once (today's alternative was a
// loop spinning at full CPU): end the session as an error, recorded as interrupted.
void SessionLoop::fail(int error) {
  if (m_engine.finished()) {
    return; // it ended at this very wake: nothing was lost
  }
  m_engine.stop({session::Outcome::interrupted, 0});
  m_end.exit_code = exit_code::k_error;
  m_end.error = fmt::format("the session had to end: waiting for its timer and keys failed ({})",
                            std::strerror(error));
}

} // namespace knead::ui
