#pragma once

#include <string>
#include <string_view>
#include <vector>

// Desktop notifications through notify-send, in one place for the reminders
// (`knead notify`) and the session's cues (`knead run --notify`).
namespace knead {

// Where escaped text goes: between tags, or also inside a quoted attribute value.
enum class MarkupPlace { element, attribute };

// `text` with '&', '<' and '>' written as entities, and in an attribute the quotes
// too. Notification servers read a notification's body as a subset of HTML (<b>,
// <a href>, <img src>): text goes in as text, and a bare '&' would make some servers
// drop the whole body. `knead report` writes its HTML page with it as well.
std::string markup_escaped(std::string_view text, MarkupPlace place = MarkupPlace::element);

// The argv that shows a notification with `summary` and `body` through notify-send,
// under the app name "knead", with `options` (such as "--wait") after the app name.
// The body is markup-escaped (the summary is plain text to the servers); "--" keeps
// text that starts with '-' from reading as an option.
std::vector<std::string> notify_send_argv(std::string_view summary, std::string_view body,
                                          const std::vector<std::string> &options = {});

// Why no notification can be shown right now, or "" when one can: notify-send must
// be on PATH and a session bus reachable (DBUS_SESSION_BUS_ADDRESS, or the standard
// socket $XDG_RUNTIME_DIR/bus that D-Bus clients fall back to).
std::string why_notifications_unavailable();

} // namespace knead
