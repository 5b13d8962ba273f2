#include "remind/unit_folder.hpp"

#include "util/error.hpp"
#include "util/small_file.hpp"
#include "util/xdg.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
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

void write_atomically(const fs::path &path, const std::string &text) {
  auto temporary = path;
  temporary += ".knead-new";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      throw Error(fmt::format("cannot write {}", temporary.string()));
    }
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) {
    fs::remove(temporary, error);
    throw Error(fmt::format("cannot write {}: {}", path.string(), error.message()));
  }
}

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
  for (const auto &entry : fs::directory_iterator(dir, error)) {
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

std::vector<fs::path> delete_units(const fs::path &dir, std::string_view routine) {
  std::vector<fs::path> deleted;
  std::error_code error;
  auto stem = unit_stem(routine);
  for (const auto *suffix : {".timer", ".service"}) {
    auto path = dir / (stem + suffix);
    if (fs::is_regular_file(path, error) && is_knead_unit(path, routine) &&
        fs::remove(path, error)) {
      deleted.push_back(path);
    }
  }
  // The enable link is ours only when it points at the timer just deleted.
  auto link = dir / k_wants / (stem + ".timer");
  if (!deleted.empty() && fs::is_symlink(link, error) &&
      fs::read_symlink(link, error).filename() == stem + ".timer" && fs::remove(link, error)) {
    deleted.push_back(link);
  }
  return deleted;
}

} // namespace knead::remind
