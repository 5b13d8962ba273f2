#include "ui/keys.hpp"

namespace knead::ui {

std::vector<Key> decode_keys(std::string_view bytes) {
  std::vector<Key> keys;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const char c = bytes[i];
    if (c == '\r' || c == '\n') {
      keys.push_back(Key{Key::Kind::enter});
      ++i;
      continue;
    }
    if (c != '\x1b') {
      keys.push_back(Key{Key::Kind::character, c});
      ++i;
      continue;
    }
    if (i + 1 >= bytes.size() || (bytes[i + 1] != '[' && bytes[i + 1] != 'O')) {
      keys.push_back(Key{Key::Kind::escape});
      ++i;
      continue;
    }
    // ESC [ parameters final-byte: skip to the final byte (0x40-0x7e).
    std::size_t end = i + 2;
    while (end < bytes.size() && (bytes[end] < 0x40 || bytes[end] > 0x7e)) {
      ++end;
    }
    if (end < bytes.size() && end == i + 2) {
      if (bytes[end] == 'C') {
        keys.push_back(Key{Key::Kind::right});
      } else if (bytes[end] == 'D') {
        keys.push_back(Key{Key::Kind::left});
      }
    }
    i = end + 1;
  }
  return keys;
}

std::optional<session::Input> KeyMap::press(const Key &key, bool waiting) {
  using session::Input;
  const bool is_char = key.kind == Key::Kind::character;
  if (m_overlay == Overlay::confirm_quit) {
    m_overlay = Overlay::none;
    if (is_char && (key.ch == 'y' || key.ch == 'Y')) {
      return Input::quit;
    }
    return std::nullopt;
  }
  if (m_overlay == Overlay::help) {
    // Any key closes the help; only that.
    m_overlay = Overlay::none;
    return std::nullopt;
  }
  switch (key.kind) {
  case Key::Kind::enter:
    return waiting ? std::optional(Input::confirm) : std::nullopt;
  case Key::Kind::right:
    return Input::next;
  case Key::Kind::left:
    return Input::back;
  case Key::Kind::escape:
    return std::nullopt;
  case Key::Kind::character:
    break;
  }
  switch (key.ch) {
  case ' ':
    return waiting ? Input::confirm : Input::toggle_pause;
  case 'n':
  case 'N':
    return Input::next;
  case 'b':
  case 'B':
    return Input::back;
  case 'r':
  case 'R':
    return Input::restart;
  case '+':
  case '=':
    return Input::add_time;
  case '-':
  case '_':
    return Input::remove_time;
  case 'q':
  case 'Q':
    m_overlay = Overlay::confirm_quit;
    return std::nullopt;
  case '?':
  case 'h':
    m_overlay = Overlay::help;
    return std::nullopt;
  default:
    return std::nullopt;
  }
}

} // namespace knead::ui
