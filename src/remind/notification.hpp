#pragma once

#include <chrono>
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

// How long notify-send may take to show a notification: it normally returns at once,
// and one that hangs (no notification server answers) is killed after this.
inline constexpr std::chrono::seconds k_notify_limit{5};

// How long a reminder with buttons waits for a click before it gives up (the
// notification is still on screen, or in the server's list, but knead stops waiting).
inline constexpr std::chrono::minutes k_action_wait{60};

// Why no notification can be shown right now, or "" when one can: notify-send must
// be on PATH and a session bus reachable (DBUS_SESSION_BUS_ADDRESS, or the standard
// socket $XDG_RUNTIME_DIR/bus that D-Bus clients fall back to).
std::string why_notifications_unavailable();

// Shows `notification`; throws knead::Error with a one-line reason when it cannot,
// or when notify-send does not finish within k_notify_limit.
void show_notification(const Notification &notification);

// What the person did with a reminder that has buttons.
enum class Choice {
  none,   // closed it, it expired, or no click within k_action_wait
  start,  // "Start now"
  snooze, // "Snooze 30 minutes"
};

// The argv of a reminder with the "Start now" and "Snooze 30 minutes" buttons:
// notify-send waits (--wait) and prints the id of the button clicked.
std::vector<std::string> actions_argv(const Notification &notification);

// The button notify-send printed ("start\n"), or none.
Choice parse_choice(std::string_view output);

// Shows `notification` with the buttons and waits for a click (up to
// k_action_wait). A notify-send that cannot show buttons (older than libnotify
// 0.7.9, which knows no -A, or a server that refuses them) gets the plain
// notification instead, and the answer is none. Throws as show_notification does.
Choice ask_notification(const Notification &notification);

} // namespace knead::remind
