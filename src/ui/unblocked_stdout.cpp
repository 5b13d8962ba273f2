#include "ui/unblocked_stdout.hpp"

#include <fcntl.h>
#include <poll.h>
#include <stdio_ext.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

namespace knead::ui {

UnblockedStdout::UnblockedStdout(Output &out) : m_out(out) {
  struct stat info {};
  if (::fstat(STDOUT_FILENO, &info) != 0 || !(S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode))) {
    return;
  }
  const int flags = ::fcntl(STDOUT_FILENO, F_GETFL);
  if (flags >= 0 && (flags & O_NONBLOCK) == 0 &&
      ::fcntl(STDOUT_FILENO, F_SETFL, flags | O_NONBLOCK) == 0) {
    m_flags = flags;
  }
}

UnblockedStdout::~UnblockedStdout() {
  if (m_flags < 0) {
    return;
  }
  std::fflush(stdout);
  pollfd target{STDOUT_FILENO, POLLOUT, 0};
  const bool reader_gone = ::poll(&target, 1, 0) == 1 && (target.revents & POLLERR) != 0;
  if (std::ferror(stdout) != 0 && !reader_gone) {
    // What was not taken is dropped, so that no blocking write after this can wait on
    // it forever. (A reader that has gone is judged as any closed pipe is, by run_app.)
    __fpurge(stdout);
    std::clearerr(stdout);
    m_out.warning("the reader of standard output stopped reading; what did not fit was left out");
  }
  // Others may share the pipe (`(knead run; echo done) | reader`): as it was.
  ::fcntl(STDOUT_FILENO, F_SETFL, m_flags);
}

} // namespace knead::ui
