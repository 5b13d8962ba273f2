#pragma once

#include "session/clock.hpp"
#include "session/engine.hpp"
#include "ui/keys.hpp"
#include "ui/screen.hpp"
#include "ui/terminal_port.hpp"
#include "ui/waiter.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace knead::ui {

// The live screen never redraws more often than this in real time, however fast
// --speed makes the countdown run.
inline constexpr double k_min_redraw_real_ms = 50.0;

struct LoopOptions {
  double speed = 1.0; // --speed: session milliseconds per real one
  // Called after every wake (run_session reaps finished cue children and starts the
  // speech that is due there).
  std::function<void()> after_wake;
  // Another time to wake at besides the engine's (the next spoken line), if any.
  std::function<std::optional<session::Ms>()> also_wake_at;
  // The last warning since the live screen appeared (empty when none): shown on a
  // line of the screen, since stderr would be drawn over it.
  std::function<Text()> latest_warning = {};
};

// How the loop ended, besides the engine's outcome.
struct LoopEnd {
  int exit_code = 0; // 0 completed, 4 quit, 128 + signal, 1 when waiting failed
  std::string error; // one sentence when waiting failed, for "knead: error: …"
};

// The session loop: waits for the engine's next deadline, a key or a signal, and
// turns each into what the session does: keys through the key table (pause, the quit
// question, the help overlay, …), Ctrl-Z into a suspend that comes back paused,
// SIGINT, SIGTERM, SIGHUP, SIGQUIT and every other ending signal (ui/signals.hpp) into
// an interrupted ending with 128 + the signal as exit code, SIGWINCH and SIGCONT into a repaint at
// the new size. It redraws the live screen after every wake and when the countdown changes, never
// more often than k_min_redraw_real_ms. Everything it touches is passed in, so tests run it on a
// virtual clock, a scripted waiter and a fake terminal.
class SessionLoop {
public:
  SessionLoop(session::Engine &engine, const session::Clock &clock, Waiter &waiter,
              TerminalPort &terminal, LoopOptions options = {});

  // Starts the engine and runs the session to its end.
  LoopEnd run();

private:
  void redraw();
  void read_keys();
  void handle_signals();
  void account_stop();
  void suspend();
  void fail(int error);
  [[nodiscard]] std::optional<session::Ms> wake_at() const;

  session::Engine &m_engine;
  const session::Clock &m_clock;
  Waiter &m_waiter;
  TerminalPort &m_terminal;
  LoopOptions m_options;
  KeyMap m_keys;
  Size m_size;
  std::optional<ScreenModel> m_model; // the last one drawn, whose texts the next reuses
  LoopEnd m_end;
  std::vector<int> m_signals; // those of the current wake
};

} // namespace knead::ui
