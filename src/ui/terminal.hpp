#pragma once

#include <termios.h>

#include <optional>
#include <string_view>

namespace knead::ui {

struct Size {
  int columns = 80;
  int rows = 24;
};

[[nodiscard]] bool is_terminal(int fd);

// The size of the terminal on `fd`; 80x24 when unknown (a fresh pseudo-terminal
// may report 0x0).
[[nodiscard]] Size terminal_size(int fd);

// Writes all of `text` to `fd`, retrying short writes; errors are ignored (a
// closed terminal must not end the session).
void write_all(int fd, std::string_view text);

// Raw keyboard input for as short as it is needed: no echo, no line editing, reads
// return at once. ISIG stays on, so Ctrl-C and Ctrl-Z still send signals, and output
// processing is untouched. The destructor restores exactly the settings found
// (what `stty -g` showed before); suspend() and resume() do the same around Ctrl-Z.
class RawMode {
public:
  explicit RawMode(int fd);
  RawMode(const RawMode &) = delete;
  RawMode &operator=(const RawMode &) = delete;
  RawMode(RawMode &&) = delete;
  RawMode &operator=(RawMode &&) = delete;
  ~RawMode();

  void suspend();
  void resume();
  // Sets raw mode again while active, when knead is the terminal's foreground job: a
  // shell that stopped knead (SIGSTOP) may have put its own modes back meanwhile.
  void reapply();
  [[nodiscard]] bool active() const { return m_active; }

private:
  int m_fd;
  std::optional<termios> m_saved;
  bool m_active = false;
};

} // namespace knead::ui
