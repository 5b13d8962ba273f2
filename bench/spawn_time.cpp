// Runs a command many times and prints its start-to-exit wall time, CPU time and peak
// RSS, measured from here rather than from a shell (which would add its own fork and
// exec, a millisecond or more, to each figure).
//   knead_spawn_time RUNS COMMAND [ARGS...]
// Output, one line: runs=N wall_median_ms=.. wall_min_ms=.. cpu_median_ms=.. max_rss_kb=..
// page_faults=.. (the median count of minor page faults)
// The command's stdin, stdout and stderr are /dev/null; a run that exits non-zero is
// reported as an error, so a figure is never taken from a failing command.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

struct Run {
  double wall_ms = 0;
  double cpu_ms = 0;
  long max_rss_kb = 0;
  long minor_faults = 0;
};

double to_ms(const timeval &time) {
  return static_cast<double>(time.tv_sec) * 1e3 + static_cast<double>(time.tv_usec) / 1e3;
}

bool run_once(char **argv, Run &run) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  for (int fd = 0; fd <= 2; ++fd) {
    posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0);
  }
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int error = posix_spawnp(&pid, argv[0], &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) {
    std::fprintf(stderr, "knead_spawn_time: cannot run %s: %s\n", argv[0], std::strerror(error));
    return false;
  }
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      std::perror("knead_spawn_time: wait4");
      return false;
    }
  }
  const auto end = std::chrono::steady_clock::now();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "knead_spawn_time: %s did not exit with 0\n", argv[0]);
    return false;
  }
  run.wall_ms = std::chrono::duration<double, std::milli>(end - start).count();
  run.cpu_ms = to_ms(usage.ru_utime) + to_ms(usage.ru_stime);
  run.max_rss_kb = usage.ru_maxrss;
  run.minor_faults = usage.ru_minflt;
  return true;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 3) {
    std::fputs("usage: knead_spawn_time RUNS COMMAND [ARGS...]\n", stderr);
    return 2;
  }
  const int runs = std::atoi(argv[1]);
  if (runs < 1) {
    std::fputs("knead_spawn_time: RUNS must be a positive number\n", stderr);
    return 2;
  }
  std::vector<double> wall;
  std::vector<double> cpu;
  std::vector<double> faults;
  long max_rss_kb = 0;
  for (int i = 0; i < runs; ++i) {
    Run run;
    if (!run_once(argv + 2, run)) {
      return 1;
    }
    wall.push_back(run.wall_ms);
    cpu.push_back(run.cpu_ms);
    faults.push_back(static_cast<double>(run.minor_faults));
    max_rss_kb = std::max(max_rss_kb, run.max_rss_kb);
  }
  std::printf("runs=%d wall_median_ms=%.2f wall_min_ms=%.2f cpu_median_ms=%.2f max_rss_kb=%ld "
              "page_faults=%.0f\n",
              runs, median(wall), *std::min_element(wall.begin(), wall.end()), median(cpu),
              max_rss_kb, median(faults));
  return 0;
}
