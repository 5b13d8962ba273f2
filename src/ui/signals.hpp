#pragma once

#include <csignal>
#include <utility>
#include <vector>

namespace knead::ui {

// Signals reach the session loop through a self-pipe: each handler only writes the
// signal number into the pipe (async-signal-safe), and the loop reads it next to the
// keyboard in poll(). Installs handlers for SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP
// and SIGCONT; the destructor puts the previous handlers back. One at a time.
class SignalPipe {
public:
  SignalPipe();
  SignalPipe(const SignalPipe &) = delete;
  SignalPipe &operator=(const SignalPipe &) = delete;
  SignalPipe(SignalPipe &&) = delete;
  SignalPipe &operator=(SignalPipe &&) = delete;
  ~SignalPipe();

  // The read end: one byte per signal that arrived, its number (RealWaiter reads it).
  [[nodiscard]] int fd() const { return m_read_fd; }

  // Stops the whole process as SIGTSTP would by default, and returns once it is
  // continued: the caller restores the terminal before and re-enters after.
  static void stop_process();

private:
  int m_read_fd = -1;
  int m_write_fd = -1;
  std::vector<std::pair<int, struct sigaction>> m_previous;
};

// Holds SIGINT, SIGTERM and SIGHUP back from hold() to release(): a session that has
// ended still has its history row and summary to write, and a terminal that hangs up
// sends SIGHUP twice (the shell passes one on, the kernel sends another when the shell
// exits), so the second would otherwise kill knead half-way. hold() is called while
// the SignalPipe still catches them, so none slips through; a signal held back takes
// effect at release() (or destruction), ending knead as it would have.
class SignalHold {
public:
  SignalHold() = default;
  SignalHold(const SignalHold &) = delete;
  SignalHold &operator=(const SignalHold &) = delete;
  SignalHold(SignalHold &&) = delete;
  SignalHold &operator=(SignalHold &&) = delete;
  ~SignalHold() { release(); }

  void hold();
  void release();

private:
  bool m_held = false;
  sigset_t m_previous{};
};

} // namespace knead::ui
