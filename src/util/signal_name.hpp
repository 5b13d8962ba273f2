#pragma once

#include <string>

namespace knead::util {

// "SIGTERM", "SIGRTMIN+3", "signal 99": how a signal is named wherever knead names one
// (a session's end reason in --events, the summary).
[[nodiscard]] std::string signal_name(int number);

} // namespace knead::util
