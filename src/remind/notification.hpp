#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace knead::remind {

// A desktop notification's two lines.
struct Notification {
  std::string summary; // "Time for your lower-back routine"
  std::string body;    // "knead run lower-back"
};

Notification routine_notification(std::string_view routine);

// The argv that shows `notification` through notify-send (app name "knead"); "--"
// keeps text that starts with '-' from reading as an option.
std::vector<std::string> notify_send_argv(const Notification &notification);

// Why no notification can be shown right now, or "" when one can: notify-send must
// be on PATH and a session bus reachable (DBUS_SESSION_BUS_ADDRESS, or the standard
// socket $XDG_RUNTIME_DIR/bus that D-Bus clients fall back to).
std::string why_notifications_unavailable();

// Shows `notification`; throws knead::Error with a one-line reason when it cannot.
void show_notification(const Notification &notification);

} // namespace knead::remind
