#include "util/notification.hpp"

#include "util/process.hpp"

#include <cstdlib>
#include <filesystem>

namespace knead {

std::string markup_escaped(std::string_view text, MarkupPlace place) {
  const bool attribute = place == MarkupPlace::attribute;
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"' && attribute) {
      out += "&quot;";
    } else if (c == '\'' && attribute) {
      out += "&#39;";
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> notify_send_argv(std::string_view summary, std::string_view body,
                                          const std::vector<std::string> &options) {
  std::vector<std::string> argv{"notify-send", "--app-name=knead"};
  argv.insert(argv.end(), options.begin(), options.end());
  argv.insert(argv.end(), {"--", std::string(summary), markup_escaped(body)});
  return argv;
}

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

} // namespace knead
