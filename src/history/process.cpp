#include "history/process.hpp"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <fstream>
#include <sstream>

namespace knead::history {
namespace {

std::string boot_id() {
  std::ifstream file("/proc/sys/kernel/random/boot_id");
  std::string id;
  std::getline(file, id);
  return id;
}

// Field 22 of /proc/PID/stat. The command name (field 2) may hold spaces and
// parentheses, so counting starts after its last ')'.
std::string start_ticks(int pid) {
  std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(file, line)) {
    return {};
  }
  const auto close = line.rfind(')');
  if (close == std::string::npos) {
    return {};
  }
  std::istringstream fields(line.substr(close + 1));
  std::string field;
  for (int index = 3; index <= 22; ++index) {
    if (!(fields >> field)) {
      return {};
    }
  }
  return field;
}

} // namespace

ProcessIdentity process_identity(int pid) {
  const auto ticks = start_ticks(pid);
  const auto boot = boot_id();
  if (ticks.empty() || boot.empty()) {
    return {pid, {}};
  }
  return {pid, boot + " " + ticks};
}

ProcessIdentity current_process() {
  return process_identity(static_cast<int>(getpid()));
}

bool is_alive(const ProcessIdentity &identity) {
  if (identity.pid <= 0) {
    return false;
  }
  if (kill(identity.pid, 0) != 0 && errno == ESRCH) {
    return false;
  }
  if (identity.start.empty()) {
    return true; // nothing to compare: trust kill()
  }
  const auto now = process_identity(identity.pid);
  // A /proc we cannot read says nothing; a different start says the pid was reused.
  return now.start.empty() || now.start == identity.start;
}

} // namespace knead::history
