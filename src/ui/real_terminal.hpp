#pragma once

#include "ui/live.hpp"
#include "ui/terminal.hpp"
#include "ui/terminal_port.hpp"
#include "util/output.hpp"

#include <optional>

namespace knead::ui {

// What run_session found out about the terminal at the edge (isatty, and from the
// Output the locale, NO_COLOR and TERM).
struct TerminalSetup {
  bool keyboard = false; // stdin is a terminal
  bool live = false;     // the live screen, on stdout
  bool color = false;
  Charset charset = Charset::ascii;
  bool bell = false;     // stdout is a terminal, where the bell can ring
  Output *out = nullptr; // where plain lines go (stderr when --events - has stdout)
};

// The terminal of a real session: raw mode on `input_fd` while there is a keyboard,
// the live screen on `output_fd` when `setup.live`. Both are restored by the
// destructor, on every way out.
class RealTerminal final : public TerminalPort {
public:
  RealTerminal(int input_fd, int output_fd, TerminalSetup setup);

  [[nodiscard]] bool has_keyboard() const override { return m_setup.keyboard; }
  [[nodiscard]] bool live() const override { return m_live.has_value(); }
  [[nodiscard]] bool utf8() const override { return m_setup.charset == Charset::utf8; }
  std::optional<std::string> read_keys() override;
  Size size() override { return terminal_size(m_output_fd); }
  void draw(const std::vector<ScreenLine> &lines) override;
  void repaint() override;
  void say(const std::string &line) override;
  void suspend() override;
  void resume() override;
  void reclaim() override;

private:
  int m_input_fd;
  int m_output_fd;
  TerminalSetup m_setup;
  // Raw mode is set before the live screen appears and restored after it has gone.
  std::optional<RawMode> m_raw;
  std::optional<LiveScreen> m_live;
};

} // namespace knead::ui
