#include "remind/notification.hpp"

#include "util/error.hpp"
#include "util/notification.hpp"
#include "util/process.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

namespace knead::remind {
namespace {

bool has_session_bus() {
  const char *address = std::getenv("DBUS_SESSION_BUS_ADDRESS");
  if (address != nullptr && *address != '\0') {
    return true;
  }
  const char *runtime = std::getenv("XDG_RUNTIME_DIR");
  std::error_code error;
  return runtime != nullptr && *runtime == '/' &&
         std::filesystem::is_socket(std::filesystem::path(runtime) / "bus", error);
}

} // namespace

Notification routine_notification(std::string_view routine) {
  return {fmt::format("Time for your {} routine", routine), fmt::format("knead run {}", routine)};
}

std::string why_notifications_unavailable() {
  if (!process::is_available("notify-send")) {
    return "notify-send is not installed (Debian package libnotify-bin)";
  }
  if (!has_session_bus()) {
    return "no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set and "
           "$XDG_RUNTIME_DIR/bus does not exist)";
  }
  return "";
}

void show_notification(const Notification &notification) {
  if (auto why = why_notifications_unavailable(); !why.empty()) {
    throw Error("cannot show a notification: " + why);
  }
  // notify-send's own complaints would add lines; the reason below is enough.
  auto result = process::run(notify_send_argv(notification.summary, notification.body),
                             /*capture_stdout=*/true,
                             /*quiet=*/true);
  if (!result) {
    throw Error("cannot show a notification: notify-send could not be started");
  }
  if (result->exit_code != 0) {
    throw Error(fmt::format("cannot show a notification: notify-send failed (exit status {})",
                            result->exit_code));
  }
}

} // namespace knead::remind
