#pragma once

#include "util/output.hpp"

namespace knead::ui {

// While it lives, stdout is written without blocking when it is a pipe or a socket
// (`knead run | reader`, `--events -`): a reader that stops reading must not stop the
// session's timer, keys and signals, so what does not fit in the pipe is dropped
// instead of waited for. At the end, when anything was dropped, one warning says so
// (through `out`, on stderr) and the write error is cleared: the session's own exit
// code stands. A terminal or a file is left as it is.
class UnblockedStdout {
public:
  explicit UnblockedStdout(Output &out);
  UnblockedStdout(const UnblockedStdout &) = delete;
  UnblockedStdout &operator=(const UnblockedStdout &) = delete;
  UnblockedStdout(UnblockedStdout &&) = delete;
  UnblockedStdout &operator=(UnblockedStdout &&) = delete;
  ~UnblockedStdout();

private:
  Output &m_out;
  int m_flags = -1; // stdout's flags before, when they were changed
};

} // namespace knead::ui
