#include "ui/runner.hpp"

#include "session/engine.hpp"
#include "session/real_clock.hpp"
#include "ui/events_writer.hpp"
#include "ui/fan_out.hpp"
#include "ui/plain.hpp"
#include "ui/signals.hpp"
#include "ui/terminal.hpp"
#include "util/exit_code.hpp"
#include "util/process.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace knead::ui {

namespace {

using session::Input;
using session::Ms;

// The live screen never redraws more often than this in real time, however fast
// --speed makes the countdown run.
constexpr double k_min_redraw_real_ms = 50.0;

const char *signal_name(int number) {
  switch (number) {
  case SIGINT:
    return "SIGINT";
  case SIGTERM:
    return "SIGTERM";
  case SIGHUP:
    return "SIGHUP";
  default:
    return "signal";
  }
}

// Everything one running session holds, so the loop's pieces stay short.
class Session {
public:
  Session(const session::Plan &plan, const RunOptions &options,
          const std::vector<session::EventSink *> &extra_sinks);
  RunResult run();

private:
  void redraw();
  void read_keys();
  void handle_signals();
  void suspend_process();
  void say(const std::string &line);
  std::optional<Ms> wake_at();

  const session::Plan &m_plan;
  RunOptions m_options;
  bool m_keyboard = is_terminal(STDIN_FILENO);
  bool m_stdout_tty = is_terminal(STDOUT_FILENO);
  bool m_live_mode;
  bool m_utf8 = utf8::locale_is_utf8();
  std::optional<Ms> m_lead_in;
  std::FILE *m_text_out;

  FanOut m_fan;
  std::optional<EventsWriter> m_events;
  TotalsRecorder m_totals;
  std::optional<PlainFrontEnd> m_plain;
  std::optional<CuePlayer> m_cues;
  SignalPipe m_signals;
  std::optional<RawMode> m_raw;
  std::optional<LiveScreen> m_live;
  std::optional<ScreenModel> m_model; // the last one drawn, whose texts the next reuses
  session::RealClock m_clock;
  session::Engine m_engine;
  KeyMap m_keys;
  Size m_size = terminal_size(STDOUT_FILENO);
  int m_exit_code = 0;
};

Session::Session(const session::Plan &plan, const RunOptions &options,
                 const std::vector<session::EventSink *> &extra_sinks)
    : m_plan(plan), m_options(options),
      m_live_mode(!options.plain && m_keyboard && m_stdout_tty && options.events_path != "-"),
      m_lead_in(m_keyboard ? std::nullopt : std::optional<Ms>(k_before_lead_in)),
      // With the events on stdout, the readable lines go to stderr.
      m_text_out(options.events_path == "-" ? stderr : stdout),
      m_clock(options.speed, m_keyboard ? STDIN_FILENO : -1, m_signals.fd()),
      m_engine(plan, m_clock, m_fan, session::EngineOptions{options.from_step, m_lead_in}) {
  if (!options.events_path.empty()) {
    m_events.emplace(options.events_path);
    m_fan.add(&*m_events);
  }
  m_fan.add(&m_totals);
  if (!m_live_mode) {
    m_plain.emplace(m_text_out, PlainContext{static_cast<int>(plan.steps.size()), m_lead_in});
    m_fan.add(&*m_plain);
  }
  const bool bell_ok = m_stdout_tty;
  m_cues.emplace(
      options.cues,
      [bell_ok] {
        if (bell_ok) {
          write_all(STDOUT_FILENO, "\a");
        }
      },
      [](const std::vector<std::string> &argv) { return process::spawn_detached(argv); },
      options.cues.voice ? choose_speaker(process::is_available) : std::nullopt,
      [](const std::string &warning) { fmt::print(stderr, "{}\n", warning); });
  m_fan.add(&*m_cues);
  for (auto *sink : extra_sinks) {
    m_fan.add(sink);
  }
  if (m_keyboard) {
    m_raw.emplace(STDIN_FILENO);
  }
  if (m_live_mode) {
    m_live.emplace(
        STDOUT_FILENO,
        use_color(options.color, m_stdout_tty, std::getenv("NO_COLOR"), std::getenv("TERM")),
        m_utf8);
  }
}

void Session::say(const std::string &line) {
  if (!m_live) {
    fmt::print(m_text_out, "{}\n", line);
    std::fflush(m_text_out);
  }
}

void Session::redraw() {
  if (m_live) {
    m_model = make_screen_model(m_plan, m_engine.state(), m_keys.overlay(), m_lead_in.has_value(),
                                m_model ? &*m_model : nullptr);
    m_live->draw(render_screen(*m_model, m_size, m_utf8));
  }
}

std::optional<Ms> Session::wake_at() {
  auto deadline = m_engine.next_deadline();
  if (!m_live) {
    return deadline; // plain lines change only on events
  }
  const Ms now = m_clock.now();
  auto tick = next_redraw(m_engine.state(), now);
  if (!tick) {
    return deadline;
  }
  tick = std::max(*tick, now + Ms{static_cast<Ms::rep>(k_min_redraw_real_ms * m_options.speed)});
  return deadline ? std::min(*deadline, *tick) : *tick;
}

void Session::read_keys() {
  char buffer[64];
  const auto count = read(STDIN_FILENO, buffer, sizeof buffer);
  if (count <= 0) {
    m_clock.set_input_fd(-1); // the keyboard is gone: stop polling it
    return;
  }
  for (const auto &key : decode_keys({buffer, static_cast<std::size_t>(count)})) {
    const auto before = m_keys.overlay();
    const auto input = m_keys.press(key, m_engine.state().waiting);
    if (m_keys.overlay() != before && m_keys.overlay() == Overlay::confirm_quit) {
      say(std::string(k_quit_question));
    } else if (m_keys.overlay() != before && m_keys.overlay() == Overlay::help) {
      for (const auto &line : key_help_lines(m_utf8)) {
        say("  " + line);
      }
    }
    if (input) {
      m_engine.handle(*input);
    }
  }
}

// Ctrl-Z: pause, give the terminal back as it was, stop; on `fg`, take it again,
// still paused (space resumes).
void Session::suspend_process() {
  m_engine.handle(Input::pause);
  if (m_live) {
    m_live->suspend();
  }
  if (m_raw) {
    m_raw->suspend();
  }
  SignalPipe::stop_process();
  if (m_raw) {
    m_raw->resume();
  }
  if (m_live) {
    m_live->resume();
  }
  m_size = terminal_size(STDOUT_FILENO);
  if (!m_keyboard) {
    // Nobody could press space to resume: carry on where it stopped.
    m_engine.handle(Input::resume);
  }
}

void Session::handle_signals() {
  for (const int number : m_signals.drain()) {
    switch (number) {
    case SIGINT:
    case SIGTERM:
    case SIGHUP:
      m_engine.stop(session::Outcome::interrupted, signal_name(number));
      m_exit_code = 128 + number;
      return;
    case SIGTSTP:
      suspend_process();
      break;
    case SIGWINCH:
    case SIGCONT:
      m_size = terminal_size(STDOUT_FILENO);
      if (m_live) {
        m_live->invalidate();
      }
      break;
    default:
      break;
    }
  }
}

RunResult Session::run() {
  m_clock.restart();
  m_engine.start();
  redraw();
  while (!m_engine.finished()) {
    const auto wake = m_clock.wait_until(wake_at());
    m_engine.advance();
    if (wake == session::Wake::input) {
      read_keys();
    } else if (wake == session::Wake::signal) {
      handle_signals();
    }
    process::reap_finished();
    redraw();
  }
  if (m_options.hold_at_end != nullptr) {
    m_options.hold_at_end->hold();
  }
  RunResult result;
  result.totals = m_totals.totals;
  const auto state = m_engine.state();
  result.totals.outcome = m_engine.outcome();
  result.totals.step_count = static_cast<int>(m_plan.steps.size());
  result.totals.steps_done = state.steps_done;
  result.totals.steps_skipped = state.steps_skipped;
  result.exit_code = m_exit_code;
  if (m_engine.outcome() == session::Outcome::quit) {
    result.exit_code = exit_code::k_quit;
  }
  return result;
}

} // namespace

RunResult run_session(const session::Plan &plan, const RunOptions &options,
                      const std::vector<session::EventSink *> &extra_sinks) {
  // The session (and with it the live screen and raw mode) ends before this returns:
  // the terminal is back to normal when the caller prints the summary.
  Session session(plan, options, extra_sinks);
  return session.run();
}

} // namespace knead::ui
