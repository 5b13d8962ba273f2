#include "util/notification.hpp"

namespace knead {

std::string markup_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::vector<std::string> notify_send_argv(std::string_view summary, std::string_view body) {
  return {"notify-send", "--app-name=knead", "--", std::string(summary), markup_escaped(body)};
}

} // namespace knead
