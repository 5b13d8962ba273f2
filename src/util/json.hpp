#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace knead::json {

// Scripts read our --json output, and it may carry routine text, so every string
// is sanitized for the terminal first (control characters and bidirectional
// overrides become U+FFFD; newlines stay) and then escaped as JSON.
std::string quote(std::string_view text);

// `document` (JSON made here, so valid UTF-8) with each character outside ASCII
// written as \uXXXX: the same JSON, for a terminal that takes no UTF-8, where some
// bytes inside UTF-8 characters read as C1 controls. Output::print_json uses it.
std::string ascii_escaped(std::string_view document);

// A JSON object built member by member, in insertion order.
class Object {
public:
  Object &add(std::string_view key, std::string_view text);
  Object &add(std::string_view key, const char *text) { return add(key, std::string_view(text)); }
  Object &add(std::string_view key, std::int64_t number);
  Object &add(std::string_view key, int number) { return add(key, std::int64_t{number}); }
  Object &add(std::string_view key, bool value);
  // Adds a value that is already JSON (an array or another object).
  Object &add_raw(std::string_view key, std::string_view json);
  Object &add_null(std::string_view key) { return add_raw(key, "null"); }

  [[nodiscard]] std::string str() const { return "{" + m_members + "}"; }

private:
  std::string m_members;
};

// "[a,b,…]" from values that are already JSON.
std::string array(const std::vector<std::string> &items);

// ["…","…"] from text.
std::string string_array(const std::vector<std::string> &texts);

} // namespace knead::json
