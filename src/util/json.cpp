#include "util/json.hpp"

#include "util/sanitize.hpp"

#include <fmt/format.h>

namespace knead::json {

std::string quote(std::string_view text) {
  const std::string safe = sanitize_for_terminal(text, true);
  std::string out = "\"";
  for (const char c : safe) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    default:
      out += c; // sanitizing left no other control character
    }
  }
  out += '"';
  return out;
}

Object &Object::add(std::string_view key, std::string_view text) {
  return add_raw(key, quote(text));
}

Object &Object::add(std::string_view key, std::int64_t number) {
  return add_raw(key, std::to_string(number));
}

Object &Object::add(std::string_view key, bool value) {
  return add_raw(key, value ? "true" : "false");
}

Object &Object::add_raw(std::string_view key, std::string_view json) {
  if (!m_members.empty()) {
    m_members += ',';
  }
  m_members += quote(key);
  m_members += ':';
  m_members += json;
  return *this;
}

std::string array(const std::vector<std::string> &items) {
  return "[" + fmt::format("{}", fmt::join(items, ",")) + "]";
}

std::string string_array(const std::vector<std::string> &texts) {
  std::vector<std::string> items;
  items.reserve(texts.size());
  for (const auto &text : texts) {
    items.push_back(quote(text));
  }
  return array(items);
}

} // namespace knead::json
