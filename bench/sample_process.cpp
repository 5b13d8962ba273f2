// Samples a running process every INTERVAL ms until it exits, from outside, so the
// figures cost the measured process nothing (a shell loop of awk calls would steal
// the CPU it is trying to measure on a 2-core machine).
//   knead_sample_process PID INTERVAL_MS
// One line per sample: ms_since_process_start cpu_ns voluntary_switches
// involuntary_switches peak_rss_kb. "Since process start" uses the kernel's start
// time of the process (/proc/PID/stat, field 22) on the same boot-time clock, so
// samples line up with the `wall_ms` of `knead run --events` to within a few ms.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

namespace {

double boot_time_ms() {
  timespec now{};
  clock_gettime(CLOCK_BOOTTIME, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The process's start time in ms since boot, or a negative number once it is gone.
double start_time_ms(const std::string &proc) {
  std::ifstream stat(proc + "/stat");
  std::string line;
  if (!std::getline(stat, line)) {
    return -1;
  }
  // The command name (field 2) may hold spaces: count fields after its closing ')'.
  std::istringstream rest(line.substr(line.rfind(')') + 2));
  std::string field;
  for (int index = 3; index <= 22 && rest >> field; ++index) {
  }
  return std::strtod(field.c_str(), nullptr) * 1e3 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

long status_field(const std::string &status, const std::string &name) {
  const auto at = status.find("\n" + name + ":");
  return at == std::string::npos ? -1
                                 : std::strtol(status.c_str() + at + name.size() + 2, nullptr, 10);
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 3) {
    std::fputs("usage: knead_sample_process PID INTERVAL_MS\n", stderr);
    return 2;
  }
  const std::string proc = std::string("/proc/") + argv[1];
  const auto interval = std::chrono::milliseconds(std::atoi(argv[2]));
  const double started = start_time_ms(proc);
  if (started < 0) {
    std::fprintf(stderr, "knead_sample_process: no process %s\n", argv[1]);
    return 1;
  }
  for (;;) {
    std::ifstream schedstat(proc + "/schedstat");
    std::ifstream status_file(proc + "/status");
    long long cpu_ns = -1;
    std::stringstream status;
    status << "\n" << status_file.rdbuf();
    const double at = boot_time_ms() - started;
    if (!(schedstat >> cpu_ns)) {
      return 0; // gone
    }
    const long peak_kb = status_field(status.str(), "VmHWM");
    if (peak_kb < 0) {
      return 0; // a zombie has no memory left to report
    }
    std::printf("%.1f %lld %ld %ld %ld\n", at, cpu_ns,
                status_field(status.str(), "voluntary_ctxt_switches"),
                status_field(status.str(), "nonvoluntary_ctxt_switches"), peak_kb);
    std::fflush(stdout);
    std::this_thread::sleep_for(interval);
  }
}
