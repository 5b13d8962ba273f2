#pragma once

#include "session/input.hpp"

#include <optional>
#include <string>
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

// What a person can ask of a running session with one key.
enum class KeyAction { pause, ready, next, back, restart, add_time, remove_time, quit, help };

// One row of the key table: the one place that says which keys do what. Decoding
// (KeyMap), the help overlay (key_help_lines) and the hint line (key_hints) all read
// it, so they cannot disagree.
struct KeyBinding {
  KeyAction action;
  std::vector<Key> keys;                 // named in the help, joined by " or "; the first in hints
  std::vector<Key> also;                 // do the same, unnamed: capitals, '=' for '+', '_' for '-'
  std::optional<session::Input> running; // what it asks while no prompt waits
  std::optional<session::Input> at_prompt; // while a `before` prompt waits
  std::string_view help;                   // what the help says it does
};

// The key table, in the order the help lists it.
const std::vector<KeyBinding> &key_bindings();
const KeyBinding &binding(KeyAction action);

// How the help and the hints name `key`: "space", "Enter", "n"; the arrows as "→" and
// "←", or "Right" and "Left" when the terminal does not take UTF-8.
std::string key_name(const Key &key, bool utf8);

// What the screen shows besides the session itself.
enum class Overlay { none, confirm_quit, help };

// The quit question, on the hint line or as a plain line.
inline constexpr std::string_view k_quit_question =
    "Quit the session? y = quit, any other key = go on";

// Turns keys into session inputs through the key table, with the one bit of state a
// front end needs: a pending "quit? y/n" or the key help. Pure, so the key map is
// tested without a terminal.
class KeyMap {
public:
  // The input `key` asks for, if any; `waiting` is whether a `before` prompt waits.
  std::optional<session::Input> press(const Key &key, bool waiting);
  [[nodiscard]] Overlay overlay() const { return m_overlay; }

private:
  Overlay m_overlay = Overlay::none;
};

// The key help, one binding a line: its keys, then what it does. ASCII unless `utf8`.
std::vector<std::string> key_help_lines(bool utf8);

// Where the session stands, for the hint line.
enum class HintContext { running, paused, prompt };

// The line of key hints for `context` in `columns` (a shorter one on narrow
// terminals), e.g. "space pause · n next · … · ? keys"; ASCII unless `utf8`.
std::string key_hints(HintContext context, int columns, bool utf8);

} // namespace knead::ui
