#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knead::remind {

// How long systemctl may take before knead stops waiting for it: a user manager
// that does not answer must not hang `remind add` for ever.
inline constexpr std::chrono::seconds k_systemctl_limit{10};

// What `systemctl --user ARGS…` came to.
enum class SystemctlAnswer {
  done,      // exit status 0
  failed,    // missing, no user manager to talk to (build machines, containers, cron
             // without a session), or an error
  no_answer, // still running after k_systemctl_limit: killed
};

// `systemctl --user ARGS…`, run with an argv and its output discarded.
SystemctlAnswer systemctl_user(const std::vector<std::string> &args);

// When the user manager says `timer_name` fires next ("Mon 2026-11-23 08:30:00
// UTC"), or nothing when it cannot say (within k_systemctl_limit).
std::optional<std::string> next_run(std::string_view timer_name);

// The value of `systemctl show -p NextElapseUSecRealtime --value`: trimmed, and
// nothing for an empty or "n/a" answer.
std::optional<std::string> parse_next_elapse(std::string_view output);

} // namespace knead::remind
