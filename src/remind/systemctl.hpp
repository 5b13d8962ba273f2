#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knead::remind {

// `systemctl --user ARGS…`, run with an argv and its output discarded. Returns
// false when systemctl is missing, has no user manager to talk to (build machines,
// containers, cron without a session) or fails.
bool systemctl_user(const std::vector<std::string> &args);

// When the user manager says `timer_name` fires next ("Mon 2026-11-23 08:30:00
// UTC"), or nothing when it cannot say.
std::optional<std::string> next_run(std::string_view timer_name);

// The value of `systemctl show -p NextElapseUSecRealtime --value`: trimmed, and
// nothing for an empty or "n/a" answer.
std::optional<std::string> parse_next_elapse(std::string_view output);

} // namespace knead::remind
