#pragma once

#include "ui/screen.hpp"
#include "ui/terminal.hpp"

#include <optional>
#include <string>
#include <vector>

namespace knead::ui {

// What the session loop needs of the terminal, so that it runs against a fake in tests:
// keys, the size, the screen or plain lines, suspending. RealTerminal is the one over
// stdin and stdout.
class TerminalPort {
public:
  TerminalPort() = default;
  TerminalPort(const TerminalPort &) = delete;
  TerminalPort &operator=(const TerminalPort &) = delete;
  TerminalPort(TerminalPort &&) = delete;
  TerminalPort &operator=(TerminalPort &&) = delete;
  virtual ~TerminalPort() = default;

  // Whether a person can press keys (stdin is a terminal).
  [[nodiscard]] virtual bool has_keyboard() const = 0;
  // Whether the session is on the live screen (else it prints plain lines).
  [[nodiscard]] virtual bool live() const = 0;
  // Whether the terminal takes UTF-8 (else everything drawn is ASCII).
  [[nodiscard]] virtual bool utf8() const = 0;
  // The bytes the keyboard sent (perhaps none); nothing once it has gone (end of file,
  // an error).
  virtual std::optional<std::string> read_keys() = 0;
  // The size now, asked afresh.
  virtual Size size() = 0;
  // Live: shows `lines`, rewriting only what changed since the last draw.
  virtual void draw(const std::vector<ScreenLine> &lines) = 0;
  // Live: forgets what is shown, so that the next draw repaints it all (resize, fg).
  virtual void repaint() = 0;
  // Plain: one line of text (the quit question, the key help).
  virtual void say(const std::string &line) = 0;
  // Gives the terminal back as it was found and stops the process as Ctrl-Z would;
  // returns once it is continued (`fg`).
  virtual void suspend() = 0;
  // Takes the terminal again after suspend().
  virtual void resume() = 0;
  // After SIGCONT, from a stop knead did not make (SIGSTOP, then `fg`): the keyboard's
  // raw mode again, which the shell may have changed meanwhile.
  virtual void reclaim() {}
};

} // namespace knead::ui
