#include "fake_session.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <stdexcept>
#include <utility>

namespace knead::test {

std::optional<std::string> FakeTerminal::read_keys() {
  if (keyboard_gone) {
    return std::nullopt;
  }
  return std::exchange(pending, std::string());
}

void FakeTerminal::draw(const std::vector<ui::ScreenLine> &lines) {
  frames.push_back({m_clock.now(), lines});
}

void FakeTerminal::suspend() {
  calls.emplace_back("suspend");
  if (while_suspended) {
    while_suspended();
  }
}

ScriptedWaiter &ScriptedWaiter::add(double seconds, std::function<ui::Wake()> happen) {
  const session::Ms at{static_cast<session::Ms::rep>(seconds * 1000.0)};
  REQUIRE((m_script.empty() || m_script.back().at <= at)); // the script is in order
  m_script.push_back({at, std::move(happen)});
  return *this;
}

ScriptedWaiter &ScriptedWaiter::keys(double seconds, std::string bytes) {
  return add(seconds, [this, bytes = std::move(bytes)] {
    m_terminal.pending += bytes;
    return ui::Wake{ui::Wake::Kind::input};
  });
}

ScriptedWaiter &ScriptedWaiter::signal(double seconds, int number) {
  return add(seconds, [this, number] {
    m_signals.push_back(number);
    return ui::Wake{ui::Wake::Kind::signal};
  });
}

ScriptedWaiter &ScriptedWaiter::resize(double seconds, ui::Size size) {
  return add(seconds, [this, size] {
    m_terminal.current_size = size;
    m_signals.push_back(SIGWINCH);
    return ui::Wake{ui::Wake::Kind::signal};
  });
}

ScriptedWaiter &ScriptedWaiter::failure(double seconds, int error) {
  return add(seconds, [this, error] {
    m_failed = true;
    return ui::Wake{ui::Wake::Kind::failed, error};
  });
}

ScriptedWaiter &ScriptedWaiter::keyboard_gone(double seconds) {
  return add(seconds, [this] {
    m_terminal.keyboard_gone = true;
    return ui::Wake{ui::Wake::Kind::input};
  });
}

ui::Wake ScriptedWaiter::wait_until(std::optional<session::Ms> deadline) {
  ++waits;
  if (m_failed) {
    throw std::logic_error("the loop waited again after waiting had failed");
  }
  if (m_next < m_script.size() && (!deadline || m_script[m_next].at <= *deadline)) {
    m_clock.advance_to(m_script[m_next].at);
    return m_script[m_next++].happen();
  }
  if (!deadline) {
    throw std::logic_error("the loop waits forever: nothing more is scripted");
  }
  m_clock.advance_to(*deadline);
  return {};
}

std::vector<int> ScriptedWaiter::take_signals() {
  return std::exchange(m_signals, {});
}

} // namespace knead::test
