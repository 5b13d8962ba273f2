#include "ui/signals.hpp"

#include "util/error.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace knead::ui {

namespace {

volatile std::sig_atomic_t g_write_fd = -1;

extern "C" void on_signal(int number) {
  const int saved = errno;
  const auto byte = static_cast<unsigned char>(number);
  // Nothing else is safe here; a full pipe just drops the byte (the loop is busy
  // reading it anyway).
  [[maybe_unused]] const auto written = write(g_write_fd, &byte, 1);
  errno = saved;
}

// The signals the session loop handles besides the ending ones.
constexpr int k_loop_signals[] = {SIGWINCH, SIGTSTP, SIGCONT};

bool dumps_core(int number) {
  return number == SIGQUIT || number == SIGXCPU;
}

} // namespace

const std::vector<int> &ending_signals() {
  static const std::vector<int> numbers = [] {
    std::vector<int> list{SIGHUP,    SIGINT,  SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2,  SIGALRM,
                          SIGVTALRM, SIGPROF, SIGIO,   SIGPWR,  SIGXCPU, SIGSTKFLT};
    for (int number = SIGRTMIN; number <= SIGRTMAX; ++number) {
      list.push_back(number);
    }
    return list;
  }();
  return numbers;
}

bool is_ending_signal(int number) {
  const auto &numbers = ending_signals();
  return std::find(numbers.begin(), numbers.end(), number) != numbers.end();
}

SignalPipe::SignalPipe() {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
    throw Error(std::string("cannot create the signal pipe: ") + std::strerror(errno));
  }
  m_read_fd = fds[0];
  m_write_fd = fds[1];
  g_write_fd = m_write_fd;
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  for (const int number : ending_signals()) {
    struct sigaction previous {};
    if (sigaction(number, nullptr, &previous) != 0 || previous.sa_handler == SIG_IGN) {
      continue; // ignored by whoever started knead (nohup, a script's `&`): left so
    }
    sigaction(number, &action, &previous);
    m_previous.emplace_back(number, previous);
  }
  for (const int number : k_loop_signals) {
    struct sigaction previous {};
    sigaction(number, &action, &previous);
    m_previous.emplace_back(number, previous);
  }
}

SignalPipe::~SignalPipe() {
  for (const auto &[number, previous] : m_previous) {
    sigaction(number, &previous, nullptr);
  }
  g_write_fd = -1;
  close(m_read_fd);
  close(m_write_fd);
}

void SignalPipe::stop_process() {
  struct sigaction ours {};
  struct sigaction stop_default {};
  stop_default.sa_handler = SIG_DFL;
  sigemptyset(&stop_default.sa_mask);
  sigaction(SIGTSTP, &stop_default, &ours);
  raise(SIGTSTP);
  // Here again after SIGCONT.
  sigaction(SIGTSTP, &ours, nullptr);
}

void SignalHold::hold() {
  if (m_held) {
    return;
  }
  sigset_t ending;
  sigemptyset(&ending);
  for (const int number : ending_signals()) {
    sigaddset(&ending, number);
  }
  pthread_sigmask(SIG_BLOCK, &ending, &m_previous);
  m_held = true;
}

void SignalHold::release() {
  if (!m_held) {
    return;
  }
  m_held = false;
  sigset_t pending;
  sigemptyset(&pending);
  sigpending(&pending);
  for (const int number : ending_signals()) {
    struct sigaction current {};
    if (dumps_core(number) && sigismember(&pending, number) == 1 &&
        sigaction(number, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) {
      // Ends knead as the signal would, without the core file of a crash.
      std::fflush(nullptr);
      std::_Exit(128 + number);
    }
  }
  pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
}

} // namespace knead::ui
