#include "ui/real_terminal.hpp"

#include "ui/signals.hpp"

#include <unistd.h>

#include <cerrno>

namespace knead::ui {

RealTerminal::RealTerminal(int input_fd, int output_fd, TerminalSetup setup)
    : m_input_fd(input_fd), m_output_fd(output_fd), m_setup(setup) {
  if (m_setup.keyboard) {
    m_raw.emplace(m_input_fd);
  }
  if (m_setup.live) {
    m_live.emplace(m_output_fd, m_setup.color, m_setup.charset);
  }
}

std::optional<std::string> RealTerminal::read_keys() {
  char buffer[64];
  const auto count = ::read(m_input_fd, buffer, sizeof buffer);
  if (count < 0 && (errno == EINTR || errno == EAGAIN)) {
    return std::string(); // nothing after all; the keyboard is still there
  }
  if (count <= 0) {
    return std::nullopt;
  }
  return std::string(buffer, static_cast<std::size_t>(count));
}

void RealTerminal::draw(const std::vector<ScreenLine> &lines) {
  if (m_live) {
    m_live->draw(lines);
  }
}

void RealTerminal::repaint() {
  if (m_live) {
    m_live->invalidate();
  }
}

// The quit question and the key help: the program's own text.
void RealTerminal::say(const std::string &line) {
  m_setup.out->print(Text::trusted(line) + "\n");
  m_setup.out->flush();
}

void RealTerminal::suspend() {
  if (m_live) {
    m_live->suspend();
  }
  if (m_raw) {
    m_raw->suspend();
  }
  SignalPipe::stop_process();
}

void RealTerminal::resume() {
  if (m_raw) {
    m_raw->resume();
  }
  if (m_live) {
    m_live->resume();
  }
}

} // namespace knead::ui

namespace knead::ui {

void RealTerminal::reclaim() {
  if (m_raw) {
    m_raw->reapply();
  }
}

} // namespace knead::ui
