#include "ui/signals.hpp"

#include "util/error.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <cerrno>
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

constexpr int k_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT};

} // namespace

SignalPipe::SignalPipe() {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
    throw Error(std::string("cannot create the signal pipe: ") + std::strerror(errno));
  }
  m_read_fd = fds[0];
  m_write_fd = fds[1];
  g_write_fd = m_write_fd;
  for (const int number : k_signals) {
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
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
  sigaddset(&ending, SIGINT);
  sigaddset(&ending, SIGTERM);
  sigaddset(&ending, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &ending, &m_previous);
  m_held = true;
}

void SignalHold::release() {
  if (m_held) {
    m_held = false;
    pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
  }
}

} // namespace knead::ui
