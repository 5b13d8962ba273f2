#include "util/sanitize.hpp"

#include "util/utf8.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace knead {
namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD"; // U+FFFD

bool is_bidi_control(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

bool is_control(char32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

std::string_view control_name(char32_t c) {
  switch (c) {
  case 0x00:
    return " (NUL)";
  case 0x07:
    return " (BEL)";
  case 0x08:
    return " (BS)";
  case 0x0D:
    return " (CR)";
  case 0x1B:
    return " (ESC)";
  case 0x7F:
    return " (DEL)";
  case 0x9B:
    return " (CSI)";
  default:
    return "";
  }
}

} // namespace

std::string sanitize_text(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = 0;
    const std::size_t length = utf8::decode(text, i, c);
    if (length == 0) {
      out += k_replacement;
      ++i;
      continue;
    }
    if (c == '\n' && keep_newlines) {
      out += '\n';
    } else if (c == '\t') {
      out += ' ';
    } else if (is_control(c) || is_bidi_control(c)) {
      out += k_replacement;
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::optional<UnsafeText> find_unsafe_text(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = 0;
    const std::size_t length = utf8::decode(text, i, c);
    if (length == 0) {
      return UnsafeText{UnsafeKind::invalid_utf8, i, static_cast<std::uint8_t>(text[i])};
    }
    if (c == 0x1B || c == 0x9B) {
      return UnsafeText{UnsafeKind::escape_sequence, i, c};
    }
    if (is_control(c) && c != '\n' && c != '\t') {
      return UnsafeText{UnsafeKind::control, i, c};
    }
    if (is_bidi_control(c)) {
      return UnsafeText{UnsafeKind::bidi_control, i, c};
    }
    i += length;
  }
  return std::nullopt;
}

std::string describe(const UnsafeText &unsafe) {
  const auto code = static_cast<std::uint32_t>(unsafe.code);
  switch (unsafe.kind) {
  case UnsafeKind::invalid_utf8:
    return fmt::format("an invalid UTF-8 byte 0x{:02X}", code);
  case UnsafeKind::escape_sequence:
    return fmt::format("an escape sequence starting with U+{:04X}{}", code,
                       control_name(unsafe.code));
  case UnsafeKind::control:
    return fmt::format("the control character U+{:04X}{}", code, control_name(unsafe.code));
  case UnsafeKind::bidi_control:
    return fmt::format("the bidirectional control U+{:04X}", code);
  }
  return fmt::format("the character U+{:04X}", code);
}

} // namespace knead
