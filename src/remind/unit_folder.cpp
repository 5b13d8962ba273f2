#include "remind/unit_folder.hpp"

#include "util/error.hpp"
#include "util/small_file.hpp"
#include "util/xdg.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <system_error>

namespace knead::remind {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view k_wants = "timers.target.wants";

// A unit file is a dozen lines; anything much larger is not one of ours.
constexpr std::size_t k_max_unit_bytes = std::size_t{64} * 1024;

// The text of a unit file, or nothing readable: a FIFO, a device (a unit linked to
// /dev/zero once grew knead to gigabytes), a folder or a file over the cap reads as
// empty, so it is never taken for one of knead's own, without waiting on it.
std::string read_text(const fs::path &path) {
  auto read = files::read_small_file(path, k_max_unit_bytes);
  return read.text ? std::move(*read.text) : std::string();
}

bool is_knead_unit(const fs::path &path, std::string_view routine) {
  auto marker = read_marker(read_text(path));
  return marker && marker->routine == routine;
}

// Writes all of `text` to `fd`; false on a failed write (errno says why).
bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const auto written = ::write(fd, text.data(), text.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written <= 0) {
      return false;
    }
    text.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// A temporary name beside `path` that no other knead picks: ".knead-lower-back.timer.
// 1234-7-5f3a", opened with O_EXCL, so two `remind add` at once never share one file.
// Returns the descriptor, and the name in `temporary`.
int open_temporary(const fs::path &path, fs::path &temporary) {
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100; ++attempt) {
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    temporary = path.parent_path() / fmt::format(".{}.{}-{}-{:x}", path.filename().string(),
                                                 ::getpid(), counter++, stamp);
    const int fd =
        ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd >= 0 || errno != EEXIST) {
      return fd;
    }
  }
  errno = EEXIST;
  return -1;
}

void write_atomically(const fs::path &path, const std::string &text) {
  fs::path temporary;
  const int fd = open_temporary(path, temporary);
  if (fd < 0) {
    throw Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  }
  const bool written = write_all(fd, text);
  const int write_error = errno;
  if (::close(fd) != 0 || !written) {
    const int error = written ? errno : write_error;
    ::unlink(temporary.c_str());
    throw Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(error)));
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    throw Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(error)));
  }
}

// Holds an exclusive lock on the folder itself (flock works on a folder's
// descriptor, so no lock file is left beside the units) while it lives: of two
// `remind add` at once, one writes both units, then the other, so the timer and the
// service always come from the same one.
class FolderLock {
public:
  explicit FolderLock(const fs::path &dir)
      : m_fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (m_fd < 0) {
      throw Error(fmt::format("cannot write in {}: {}", dir.string(), std::strerror(errno)));
    }
    while (::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) {
    }
  }
  FolderLock(const FolderLock &) = delete;
  FolderLock &operator=(const FolderLock &) = delete;
  FolderLock(FolderLock &&) = delete;
  FolderLock &operator=(FolderLock &&) = delete;
  ~FolderLock() { ::close(m_fd); }

private:
  int m_fd;
};

} // namespace

fs::path user_unit_dir() {
  // config_dir() is `<XDG config home>/knead`; systemd's folder sits next to it.
  return xdg::config_dir().parent_path() / "systemd" / "user";
}

void write_units(const fs::path &dir, const ReminderUnits &units) {
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) {
    throw Error(fmt::format("cannot create {}: {}", dir.string(), error.message()));
  }
  auto routine = read_marker(units.timer_text)->routine;
  const FolderLock lock(dir);
  for (const auto *name : {&units.timer_name, &units.service_name}) {
    auto path = dir / *name;
    if (fs::exists(path) && !is_knead_unit(path, routine)) {
      throw Error(fmt::format("{} exists and was not written by knead; rename or remove it first",
                              path.string()));
    }
  }
  write_atomically(dir / units.service_name, units.service_text);
  write_atomically(dir / units.timer_name, units.timer_text);
}

bool is_enabled(const fs::path &dir, std::string_view timer_name) {
  std::error_code error;
  return fs::is_symlink(dir / k_wants / timer_name, error);
}

std::vector<InstalledReminder> find_reminders(const fs::path &dir) {
  std::vector<InstalledReminder> found;
  std::error_code error;
  fs::directory_iterator entries(dir, error);
  if (error == std::errc::no_such_file_or_directory) {
    return found; // no folder yet: no reminders
  }
  if (error) {
    throw Error(fmt::format("cannot read the reminders in {}: {}", dir.string(), error.message()));
  }
  for (const auto &entry : entries) {
    const auto &path = entry.path();
    if (path.extension() != ".timer" || !entry.is_regular_file(error)) {
      continue;
    }
    auto marker = read_marker(read_text(path));
    if (!marker || path.filename() != unit_stem(marker->routine) + ".timer") {
      continue;
    }
    auto name = path.filename().string();
    found.push_back({marker->routine, marker->schedule, name, is_enabled(dir, name)});
  }
  std::sort(found.begin(), found.end(),
            [](const auto &a, const auto &b) { return a.routine < b.routine; });
  return found;
}

Deletion delete_units(const fs::path &dir, std::string_view routine) {
  Deletion done;
  std::error_code error;
  auto stem = unit_stem(routine);
  const auto remove = [&done](const fs::path &path) {
    std::error_code failed;
    if (fs::remove(path, failed)) {
      done.deleted.push_back(path);
    } else if (failed && done.problem.empty()) {
      done.problem = fmt::format("cannot delete {}: {}", path.string(), failed.message());
    }
  };
  bool timer_deleted = false;
  for (const auto *suffix : {".timer", ".service"}) {
    auto path = dir / (stem + suffix);
    if (fs::is_regular_file(path, error) && is_knead_unit(path, routine)) {
      const auto before = done.deleted.size();
      remove(path);
      timer_deleted =
          timer_deleted || (suffix == std::string_view(".timer") && done.deleted.size() > before);
    }
  }
  // The enable link is ours only when it points at the timer just deleted.
  auto link = dir / k_wants / (stem + ".timer");
  if (timer_deleted && fs::is_symlink(link, error) &&
      fs::read_symlink(link, error).filename() == stem + ".timer") {
    remove(link);
  }
  return done;
}

} // namespace knead::remind
