#pragma once

#include "remind/units.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace knead::remind {

// The systemd user unit folder: `$XDG_CONFIG_HOME/systemd/user`
// (default `~/.config/systemd/user`).
std::filesystem::path user_unit_dir();

// Writes both units into `dir` (created when missing), each through a temporary
// file of its own (O_EXCL) and a rename, so the manager never reads half a unit,
// under a lock on the folder, so two at once never mix their timer and service. An existing unit of
// the same name is replaced only when knead wrote it; otherwise knead::Error.
void write_units(const std::filesystem::path &dir, const ReminderUnits &units);

// A reminder found in the folder.
struct InstalledReminder {
  std::string routine;
  std::string schedule; // "08:30 mon-fri"
  std::string timer_name;
  bool enabled = false; // linked into timers.target.wants
};

// knead's reminders in `dir`, sorted by routine; units without the marker are ignored.
// No folder means no reminders; a folder that cannot be read is a knead::Error.
std::vector<InstalledReminder> find_reminders(const std::filesystem::path &dir);

// Whether `timer_name` is enabled: `systemctl enable` links it into
// timers.target.wants, which is readable even without a running user manager.
bool is_enabled(const std::filesystem::path &dir, std::string_view timer_name);

// What delete_units did: the paths deleted, and the first that could not be.
struct Deletion {
  std::vector<std::filesystem::path> deleted;
  std::string problem; // "cannot delete …: Permission denied"; empty when none
};

// Deletes `routine`'s timer and service when they carry knead's marker, and the
// timers.target.wants link that points at the timer.
Deletion delete_units(const std::filesystem::path &dir, std::string_view routine);

} // namespace knead::remind
