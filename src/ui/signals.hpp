#pragma once

#include <csignal>
#include <string>
#include <utility>
#include <vector>

namespace knead::ui {

// The signals whose default action ends the process and that a program can catch:
// SIGHUP, SIGINT, SIGQUIT (Ctrl-\, which raw mode still lets the keyboard send),
// SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGXCPU,
// SIGSTKFLT and the real-time signals. A session ends on each of them as on SIGTERM:
// terminal restored, row recorded `interrupted`, exit 128 + its number. Not among
// them: SIGPIPE and SIGXFSZ, which knead ignores (a write then fails and is handled
// as a failed write), and the faults (SIGSEGV, SIGBUS, …), after which nothing can
// safely go on.
[[nodiscard]] const std::vector<int> &ending_signals();
[[nodiscard]] bool is_ending_signal(int number);

// Signals reach the session loop through a self-pipe: each handler only writes the
// signal number into the pipe (async-signal-safe), and the loop reads it next to the
// keyboard in poll(). Installs handlers for every ending signal (ending_signals()),
// SIGWINCH, SIGTSTP and SIGCONT; the destructor puts the previous handlers back. An
// ending signal the parent set to be ignored stays ignored (`nohup knead run` lives
// through SIGHUP, a background job of a script through SIGINT). One at a time.
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

// Holds every ending signal back from hold() to release(): a session that has ended
// still has its history row and summary to write, and a terminal that hangs up sends
// SIGHUP twice (the shell passes one on, the kernel sends another when the shell
// exits), so the second would otherwise kill knead half-way. hold() is called while
// the SignalPipe still catches them, so none slips through; a signal held back takes
// effect at release() (or destruction), ending knead as it would have, except that
// one whose default would dump core (SIGQUIT, SIGXCPU) ends it with exit 128 + its
// number and no core file: the session was not a crash.
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
