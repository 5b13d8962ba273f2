#pragma once

// A fake terminal and a scripted waiter, for running ui::SessionLoop on a virtual
// clock: keys, signals, resizes and failures arrive at given session times, and every
// other wait jumps straight to its deadline.
#include "session/clock.hpp"
#include "ui/terminal_port.hpp"
#include "ui/waiter.hpp"

#include <functional>
#include <string>
#include <vector>

namespace knead::test {

// Keeps everything the loop asks of the terminal.
class FakeTerminal final : public ui::TerminalPort {
public:
  struct Frame {
    session::Ms at;
    std::vector<ui::ScreenLine> lines;
  };

  FakeTerminal(const session::Clock &clock, bool with_keyboard, bool live_screen)
      : keyboard(with_keyboard), is_live(live_screen), m_clock(clock) {}

  [[nodiscard]] bool has_keyboard() const override { return keyboard; }
  [[nodiscard]] bool live() const override { return is_live; }
  [[nodiscard]] bool utf8() const override { return takes_utf8; }
  std::optional<std::string> read_keys() override;
  ui::Size size() override { return current_size; }
  void draw(const std::vector<ui::ScreenLine> &lines) override;
  void repaint() override { calls.emplace_back("repaint"); }
  void say(const std::string &line) override { said.push_back(line); }
  void suspend() override;
  void resume() override { calls.emplace_back("resume"); }

  bool keyboard;
  bool is_live;
  bool takes_utf8 = true;
  ui::Size current_size{100, 30};
  std::string pending; // keys typed and not read yet
  bool keyboard_gone = false;
  std::vector<Frame> frames;
  std::vector<std::string> said;
  std::vector<std::string> calls;        // "suspend", "resume", "repaint", in order
  std::function<void()> while_suspended; // runs inside suspend(), as if stopped there

private:
  const session::Clock &m_clock; // stamps the frames
};

// Hands the loop what the script says at its session times, through `terminal` for
// keys and sizes. A wait with nothing scripted before its deadline jumps to it; one
// with no deadline and nothing left fails the test (the session would wait forever),
// as does a wait after a scripted failure (the loop would spin).
class ScriptedWaiter final : public ui::Waiter {
public:
  ScriptedWaiter(session::VirtualClock &clock, FakeTerminal &terminal)
      : m_clock(clock), m_terminal(terminal) {}

  // The script, in order of time.
  ScriptedWaiter &keys(double seconds, std::string bytes);
  ScriptedWaiter &signal(double seconds, int number);
  ScriptedWaiter &resize(double seconds, ui::Size size); // a new size, then SIGWINCH
  ScriptedWaiter &failure(double seconds, int error);
  ScriptedWaiter &keyboard_gone(double seconds);

  ui::Wake wait_until(std::optional<session::Ms> deadline) override;
  std::vector<int> take_signals() override;
  void ignore_input() override { ignoring_input = true; }

  int waits = 0;
  bool ignoring_input = false;

private:
  struct Step {
    session::Ms at;
    std::function<ui::Wake()> happen;
  };
  ScriptedWaiter &add(double seconds, std::function<ui::Wake()> happen);

  session::VirtualClock &m_clock;
  FakeTerminal &m_terminal;
  std::vector<Step> m_script;
  std::size_t m_next = 0;
  std::vector<int> m_signals;
  bool m_failed = false;
};

} // namespace knead::test
