#include "ui/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace knead::ui {

bool is_terminal(int fd) {
  return isatty(fd) == 1;
}

Size terminal_size(int fd) {
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0 || size.ws_row == 0) {
    return Size{};
  }
  return Size{size.ws_col, size.ws_row};
}

void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const auto written = write(fd, text.data(), text.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return;
    }
    text.remove_prefix(static_cast<std::size_t>(written));
  }
}

RawMode::RawMode(int fd) : m_fd(fd) {
  termios saved{};
  if (tcgetattr(fd, &saved) != 0) {
    return;
  }
  m_saved = saved;
  resume();
}

RawMode::~RawMode() {
  suspend();
}

void RawMode::resume() {
  if (!m_saved || m_active) {
    return;
  }
  termios raw = *m_saved;
  raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | IEXTEN);
  raw.c_iflag &= ~static_cast<tcflag_t>(IXON | ICRNL);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  m_active = tcsetattr(m_fd, TCSANOW, &raw) == 0;
}

void RawMode::reapply() {
  if (!m_active || ::tcgetpgrp(m_fd) != ::getpgrp()) {
    return; // in the background a tcsetattr would stop knead again (SIGTTOU)
  }
  m_active = false;
  resume();
}

void RawMode::suspend() {
  if (!m_saved || !m_active) {
    return;
  }
  // From a background job tcsetattr raises SIGTTOU; block it so the restore goes
  // through rather than stopping us.
  sigset_t block;
  sigset_t old;
  sigemptyset(&block);
  sigaddset(&block, SIGTTOU);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  tcsetattr(m_fd, TCSANOW, &*m_saved);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  m_active = false;
}

} // namespace knead::ui
