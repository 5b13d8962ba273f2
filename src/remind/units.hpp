#pragma once

#include "remind/schedule.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace knead::remind {

// The two systemd user units of one reminder: a timer that fires on the schedule
// and a oneshot service that runs `knead notify ROUTINE --if-due`.
struct ReminderUnits {
  std::string timer_name;   // "knead-lower-back.timer"
  std::string timer_text;   // the unit file's contents
  std::string service_name; // "knead-lower-back.service"
  std::string service_text;
};

// Every unit knead writes starts with this comment; `remind list` and `remind
// remove` touch only files that do, so a unit the person wrote is never deleted.
inline constexpr std::string_view k_marker = "# knead-reminder: ";

// Whether `routine` may name a reminder: it becomes part of a unit file name and
// of a crontab line, so only letters, digits, '-' and '_' are allowed.
bool is_valid_reminder_id(std::string_view routine);

// "knead-<routine>" : the unit names without their suffix.
std::string unit_stem(std::string_view routine);

// Builds both units. `knead_path` is the absolute path of the knead binary the
// service runs; it is quoted for systemd's command-line syntax.
ReminderUnits make_units(std::string_view routine, const Schedule &schedule,
                         const std::filesystem::path &knead_path);

// Whether `word` is safe unquoted both in a systemd command line and for /bin/sh:
// not empty, and only letters, digits and "/._+-=:@,".
bool is_plain_word(std::string_view word);

// One word of an ExecStart= line as systemd reads it back: bare when it is plain,
// otherwise double-quoted with '\\' and '"' escaped, control characters as \xNN;
// '%' (a specifier) becomes "%%" and '$' (a variable) "$$" in both cases.
std::string quote_exec_word(std::string_view word);

// What the marker line of a unit says, or nothing when `unit_text` is not knead's.
struct MarkerInfo {
  std::string routine;
  std::string schedule; // as describe() wrote it: "08:30 mon-fri"
};
std::optional<MarkerInfo> read_marker(std::string_view unit_text);

} // namespace knead::remind
