#pragma once

#include <string>

namespace knead::history {

// Who is running a session: enough to tell, later, whether that process still
// lives. A pid alone is not: after a reboot or a long time the same number names
// another process, so the boot id and the process's start time (in clock ticks
// since boot, from /proc/PID/stat) are kept beside it.
struct ProcessIdentity {
  int pid = 0;
  std::string start; // "<boot id> <start ticks>", empty when /proc could not say
};

// The identity of the calling process.
ProcessIdentity current_process();

// The identity process `pid` has now, or an empty start when it is gone.
ProcessIdentity process_identity(int pid);

// Whether the process that wrote `identity` is still running: kill(pid, 0) finds
// it and (when both are known) its boot id and start time are unchanged.
bool is_alive(const ProcessIdentity &identity);

} // namespace knead::history
