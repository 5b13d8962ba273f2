#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace knead::ui {

// Refuses an `--events` path knead must not write to, before anything is recorded or
// opened for writing (opening truncates): a folder, a block device or a socket, and
// any of `protected_files` (the history and SQLite's files beside it), by name and
// by inode, so a hard link or a symlink is caught too: writing events over the
// history, which SQLite maps into memory, crashed with SIGBUS and destroyed it. A
// regular file (or none yet), a FIFO and a character device (a terminal, /dev/null)
// are accepted; "-" is stdout. Throws knead::Error (exit 1) naming the path.
void check_events_target(const std::string &path,
                         const std::vector<std::filesystem::path> &protected_files);

} // namespace knead::ui
