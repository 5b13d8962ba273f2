#pragma once

#include <string>
#include <string_view>

namespace knead::remind {

// A desktop notification's two lines.
struct Notification {
  std::string summary; // "Time for your lower-back routine"
  std::string body;    // "knead run lower-back"
};

Notification routine_notification(std::string_view routine);

// Why no notification can be shown right now, or "" when one can: notify-send must
// be on PATH and a session bus reachable (DBUS_SESSION_BUS_ADDRESS, or the standard
// socket $XDG_RUNTIME_DIR/bus that D-Bus clients fall back to).
std::string why_notifications_unavailable();

// Shows `notification`; throws knead::Error with a one-line reason when it cannot.
void show_notification(const Notification &notification);

} // namespace knead::remind
