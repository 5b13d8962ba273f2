#include "ui/keys.hpp"

#include "util/utf8.hpp"

#include <algorithm>

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

namespace {

using session::Input;

Key ch(char c) {
  return Key{Key::Kind::character, c};
}

bool has(const std::vector<Key> &keys, const Key &key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

const std::vector<KeyBinding> &key_bindings() {
  // Space is in two rows: it pauses while a step runs and means "ready" at a prompt.
  static const std::vector<KeyBinding> table{
      {KeyAction::pause, {ch(' ')}, {}, Input::toggle_pause, std::nullopt, "pause / resume"},
      {KeyAction::ready,
       {Key{Key::Kind::enter}, ch(' ')},
       {},
       std::nullopt,
       Input::confirm,
       "ready, at a prompt"},
      {KeyAction::next,
       {ch('n'), Key{Key::Kind::right}},
       {ch('N')},
       Input::next,
       Input::next,
       "next step"},
      {KeyAction::back,
       {ch('b'), Key{Key::Kind::left}},
       {ch('B')},
       Input::back,
       Input::back,
       "back to the previous step"},
      {KeyAction::restart,
       {ch('r')},
       {ch('R')},
       Input::restart,
       Input::restart,
       "restart this step"},
      {KeyAction::add_time,
       {ch('+')},
       {ch('=')},
       Input::add_time,
       Input::add_time,
       "add 15 seconds"},
      {KeyAction::remove_time,
       {ch('-')},
       {ch('_')},
       Input::remove_time,
       Input::remove_time,
       "remove 15 seconds"},
      // These two open an overlay (KeyMap) instead of asking the engine for anything.
      {KeyAction::quit, {ch('q')}, {ch('Q')}, std::nullopt, std::nullopt, "quit (asks y/n)"},
      {KeyAction::help, {ch('?')}, {ch('h')}, std::nullopt, std::nullopt, "this help"},
  };
  return table;
}

const KeyBinding &binding(KeyAction action) {
  const auto &table = key_bindings();
  return *std::find_if(table.begin(), table.end(),
                       [action](const KeyBinding &row) { return row.action == action; });
}

std::string key_name(const Key &key, bool utf8) {
  switch (key.kind) {
  case Key::Kind::enter:
    return "Enter";
  case Key::Kind::left:
    return utf8 ? "\u2190" : "Left";
  case Key::Kind::right:
    return utf8 ? "\u2192" : "Right";
  case Key::Kind::escape:
    return "Esc";
  case Key::Kind::character:
    break;
  }
  return key.ch == ' ' ? "space" : std::string(1, key.ch);
}

std::optional<Input> KeyMap::press(const Key &key, bool waiting) {
  if (m_overlay == Overlay::confirm_quit) {
    m_overlay = Overlay::none;
    if (key == ch('y') || key == ch('Y')) {
      return Input::quit;
    }
    return std::nullopt;
  }
  if (m_overlay == Overlay::help) {
    // Any key closes the help; only that.
    m_overlay = Overlay::none;
    return std::nullopt;
  }
  for (const auto &row : key_bindings()) {
    if (!has(row.keys, key) && !has(row.also, key)) {
      continue;
    }
    if (row.action == KeyAction::quit) {
      m_overlay = Overlay::confirm_quit;
      return std::nullopt;
    }
    if (row.action == KeyAction::help) {
      m_overlay = Overlay::help;
      return std::nullopt;
    }
    if (const auto &input = waiting ? row.at_prompt : row.running) {
      return input;
    }
    // Not in this context (Enter while a step runs): a later row may take the key.
  }
  return std::nullopt;
}

namespace {

std::string names(const KeyBinding &row, std::size_t count, bool utf8) {
  std::string text;
  for (std::size_t i = 0; i < std::min(count, row.keys.size()); ++i) {
    text += (i == 0 ? "" : " or ") + key_name(row.keys[i], utf8);
  }
  return text;
}

// One item of a hint line: "space pause", "+/- 15 s".
struct HintItem {
  std::vector<KeyAction> actions; // the first key of each, joined by "/"
  std::string_view word;
  std::size_t keys = 1; // with one action: how many of its keys to name
};

struct HintLine {
  std::string_view label; // "PAUSED", before the items
  std::vector<HintItem> items;
};

std::string render(const HintLine &line, std::string_view separator, bool utf8) {
  std::string text(line.label);
  for (const auto &item : line.items) {
    if (!text.empty()) {
      text += separator;
    }
    for (std::size_t i = 0; i < item.actions.size(); ++i) {
      text += (i == 0 ? "" : "/") +
              names(binding(item.actions[i]), item.actions.size() == 1 ? item.keys : 1, utf8);
    }
    text += ' ';
    text += item.word;
  }
  return text;
}

} // namespace

std::vector<std::string> key_help_lines(bool utf8) {
  const auto &table = key_bindings();
  std::size_t column = 0;
  for (const auto &row : table) {
    column = std::max(column, utf8::width(names(row, row.keys.size(), utf8)));
  }
  std::vector<std::string> lines;
  for (const auto &row : table) {
    lines.push_back(utf8::pad_right(names(row, row.keys.size(), utf8), column + 2) +
                    std::string(row.help));
  }
  return lines;
}

std::string key_hints(HintContext context, int columns, bool utf8) {
  using A = KeyAction;
  // Each context has a full line, and a short one for when the full one does not fit.
  HintLine full;
  HintLine brief;
  switch (context) {
  case HintContext::running:
    full = {"",
            {{{A::pause}, "pause"},
             {{A::next}, "next"},
             {{A::back}, "back"},
             {{A::restart}, "restart"},
             {{A::add_time, A::remove_time}, "15 s"},
             {{A::quit}, "quit"},
             {{A::help}, "keys"}}};
    brief = {
        "", {{{A::pause}, "pause"}, {{A::next}, "next"}, {{A::quit}, "quit"}, {{A::help}, "keys"}}};
    break;
  case HintContext::paused:
    full = {
        "PAUSED",
        {{{A::pause}, "resume"}, {{A::next}, "next"}, {{A::back}, "back"}, {{A::quit}, "quit"}}};
    brief = {"PAUSED", {{{A::pause}, "resume"}}};
    break;
  case HintContext::prompt:
    full = {"",
            {{{A::ready}, "when ready", 2},
             {{A::next}, "skip"},
             {{A::quit}, "quit"},
             {{A::help}, "keys"}}};
    brief = {"", {{{A::ready}, "ready"}, {{A::quit}, "quit"}, {{A::help}, "keys"}}};
    break;
  }
  // " · " is one column in UTF-8; a terminal that reads single bytes gets " | ".
  auto text = render(full, utf8 ? " \u00b7 " : " | ", utf8);
  if (static_cast<int>(utf8::width(text)) <= columns) {
    return text;
  }
  return render(brief, "  ", utf8);
}

} // namespace knead::ui
