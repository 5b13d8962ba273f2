#include "util/json.hpp"

#include "util/sanitize.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace knead::json {

namespace {

// Appends the code point that starts at `text[i]` (valid UTF-8, as sanitize_text
// makes it) as \uXXXX, a surrogate pair above U+FFFF; returns its length.
std::size_t append_escaped(std::string &out, std::string_view text, std::size_t i) {
  char32_t code_point = 0;
  const std::size_t length = utf8::decode(text, i, code_point);
  if (length == 0) {
    out += "\\ufffd"; // not reached on sanitized text; never loop on a stray byte
    return 1;
  }
  if (code_point > 0xFFFF) {
    const auto above = static_cast<std::uint32_t>(code_point - 0x10000);
    out += fmt::format("\\u{:04x}\\u{:04x}", 0xD800 + (above >> 10U), 0xDC00 + (above & 0x3FFU));
  } else {
    out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(code_point));
  }
  return length;
}

} // namespace

std::string quote(std::string_view text) {
  const std::string safe = sanitize_text(text, true);
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

// Outside strings JSON is ASCII, so every character outside ASCII is inside one,
// where \uXXXX stands for it.
std::string ascii_escaped(std::string_view document) {
  std::string out;
  out.reserve(document.size());
  for (std::size_t i = 0; i < document.size(); ++i) {
    if (static_cast<unsigned char>(document[i]) >= 0x80) {
      i += append_escaped(out, document, i) - 1;
    } else {
      out += document[i];
    }
  }
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
