#include "ui/events_target.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace knead::ui {
namespace {

Error history_file(const std::string &path, const std::filesystem::path &file) {
  return Error(fmt::format(
      "cannot write the events file {}: it is the history file {}; name a new file for the events",
      path, file.string()));
}

} // namespace

void check_events_target(const std::string &path,
                         const std::vector<std::filesystem::path> &protected_files) {
  if (path == "-") {
    return;
  }
  // By name first: SQLite deletes its -wal and -shm files when the last connection
  // closes, and events written into a new one would be read back as a broken log.
  std::error_code error;
  const auto named = std::filesystem::weakly_canonical(path, error);
  for (const auto &file : protected_files) {
    std::error_code other_error;
    if (!error && named == std::filesystem::weakly_canonical(file, other_error) && !other_error) {
      throw history_file(path, file);
    }
  }
  struct stat target {};
  if (::stat(path.c_str(), &target) != 0) {
    if (errno == ENOENT) {
      return; // a new file: whether its folder takes it is for the open to say
    }
    throw Error(fmt::format("cannot write the events file {}: {}", path, std::strerror(errno)));
  }
  for (const auto &file : protected_files) {
    struct stat other {};
    if (::stat(file.c_str(), &other) == 0 && other.st_dev == target.st_dev &&
        other.st_ino == target.st_ino) {
      throw history_file(path, file);
    }
  }
  if (S_ISDIR(target.st_mode)) {
    throw Error(fmt::format(
        "cannot write the events file {}: it is a directory; name a file inside it", path));
  }
  if (!S_ISREG(target.st_mode) && !S_ISFIFO(target.st_mode) && !S_ISCHR(target.st_mode)) {
    throw Error(fmt::format("cannot write the events file {}: it is not a regular file, a FIFO "
                            "or a terminal",
                            path));
  }
}

} // namespace knead::ui
