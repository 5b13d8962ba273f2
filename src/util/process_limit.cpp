#include "util/process_limit.hpp"

#include <signal.h>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace knead::process {

LimitedResult run_within(const std::vector<std::string> &argv, std::chrono::milliseconds limit,
                         bool capture_stdout, bool quiet) {
  std::mutex mutex;
  std::condition_variable changed;
  int child = 0; // 0: not started yet; -1: over (it may no longer be killed)
  bool timed_out = false;
  std::thread watcher([&] {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return child != 0; });
    if (child > 0 && !changed.wait_for(lock, limit, [&] { return child < 0; })) {
      // Under the lock, before run() is told the child ended and collects it: the
      // pid is still the child's.
      ::kill(-child, SIGKILL);
      timed_out = true;
    }
  });
  auto result = run(argv, capture_stdout, quiet, [&](int pid) {
    {
      const std::lock_guard lock(mutex);
      child = pid;
    }
    changed.notify_all();
  });
  {
    const std::lock_guard lock(mutex);
    child = -1; // also when it never started
  }
  changed.notify_all();
  watcher.join();
  return {std::move(result), timed_out};
}

} // namespace knead::process
