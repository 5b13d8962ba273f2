#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace knead {

// Text that came from outside the program: a routine file or its name, an answers
// file, a history row, a reminder unit, an argument. It may hold escape sequences
// that move the cursor, retitle the window or write the clipboard (OSC 52), so it is
// never printed as it is: the only way to show it is to put it into a Text
// (util/text.hpp), which sanitises it, and to print that Text through an Output
// (util/output.hpp). There is no implicit conversion to a string, so the compiler
// refuses `fmt::print("{}", untrusted)` and every other raw use.
class Untrusted {
public:
  explicit Untrusted(std::string text) : m_text(std::move(text)) {}
  explicit Untrusted(std::string_view text) : m_text(text) {}
  explicit Untrusted(const char *text) : m_text(text) {}

  // The bytes as they came, for uses that print nothing: opening a path, comparing,
  // a JSON string (json::quote sanitises for itself).
  [[nodiscard]] const std::string &raw() const { return m_text; }
  [[nodiscard]] bool empty() const { return m_text.empty(); }

  bool operator==(const Untrusted &) const = default;

private:
  std::string m_text;
};

} // namespace knead
