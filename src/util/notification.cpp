#include "util/notification.hpp"

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

std::vector<std::string> notify_send_argv(std::string_view summary, std::string_view body) {
  return {"notify-send", "--app-name=knead", "--", std::string(summary), markup_escaped(body)};
}

} // namespace knead
