#pragma once

#include "session/input.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace knead::ui {

// One key press, decoded from the bytes a terminal sends.
struct Key {
  enum class Kind { character, enter, left, right, escape };
  Kind kind = Kind::character;
  char ch = 0; // for Kind::character
  bool operator==(const Key &) const = default;
};

// Decodes what one read() returned: printable characters, Enter (CR or LF), the
// arrow keys (ESC [ C / ESC [ D, also ESC O C / D) and a lone ESC. Other escape
// sequences are dropped whole.
std::vector<Key> decode_keys(std::string_view bytes);

// What the screen shows besides the session itself.
enum class Overlay { none, confirm_quit, help };

// Turns keys into session inputs, with the one bit of state a front end needs: a
// pending "quit? y/n" or the key help. Pure, so the key map is tested without a
// terminal.
class KeyMap {
public:
  // The input `key` asks for, if any; `waiting` is whether a `before` prompt waits.
  std::optional<session::Input> press(const Key &key, bool waiting);
  [[nodiscard]] Overlay overlay() const { return m_overlay; }

private:
  Overlay m_overlay = Overlay::none;
};

} // namespace knead::ui
