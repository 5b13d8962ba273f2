#include "ui/keys.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <utility>

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
  lines.reserve(table.size());
  for (const auto &row : table) {
    lines.push_back(utf8::pad_right(names(row, row.keys.size(), utf8), column + 2) +
                    std::string(row.help));
  }
  return lines;
}

namespace {

// The full hint line of `context` and a short one for when the full one does not fit.
std::pair<HintLine, HintLine> hint_lines(HintContext context) {
  using A = KeyAction;
  switch (context) {
  case HintContext::running:
    return {
        {"",
         {{{A::pause}, "pause"},
          {{A::next}, "next"},
          {{A::back}, "back"},
          {{A::restart}, "restart"},
          {{A::add_time, A::remove_time}, "15 s"},
          {{A::quit}, "quit"},
          {{A::help}, "keys"}}},
        {"",
         {{{A::pause}, "pause"}, {{A::next}, "next"}, {{A::quit}, "quit"}, {{A::help}, "keys"}}}};
  case HintContext::paused:
    return {
        {"PAUSED",
         {{{A::pause}, "resume"}, {{A::next}, "next"}, {{A::back}, "back"}, {{A::quit}, "quit"}}},
        {"PAUSED", {{{A::pause}, "resume"}}}};
  case HintContext::prompt:
    break;
  }
  return {{"",
           {{{A::ready}, "when ready", 2},
            {{A::next}, "skip"},
            {{A::quit}, "quit"},
            {{A::help}, "keys"}}},
          {"", {{{A::ready}, "ready"}, {{A::quit}, "quit"}, {{A::help}, "keys"}}}};
}

// The rendered lines, made once: the live screen asks for them on every redraw.
struct RenderedHints {
  std::string full;
  std::size_t full_width = 0;
  std::string brief;
};

RenderedHints render_hints(HintContext context, bool utf8) {
  const auto [full, brief] = hint_lines(context);
  // " · " is one column in UTF-8; a terminal that reads single bytes gets " | ".
  RenderedHints rendered{render(full, utf8 ? " \u00b7 " : " | ", utf8), 0,
                         render(brief, "  ", utf8)};
  rendered.full_width = utf8::width(rendered.full);
  return rendered;
}

} // namespace

std::string key_hints(HintContext context, int columns, bool utf8) {
  static const std::array<RenderedHints, 6> k_rendered{
      render_hints(HintContext::running, true), render_hints(HintContext::running, false),
      render_hints(HintContext::paused, true),  render_hints(HintContext::paused, false),
      render_hints(HintContext::prompt, true),  render_hints(HintContext::prompt, false)};
  const auto &rendered = k_rendered[static_cast<std::size_t>(context) * 2 + (utf8 ? 0 : 1)];
  const bool fits = columns >= 0 && rendered.full_width <= static_cast<std::size_t>(columns);
  return fits ? rendered.full : rendered.brief;
}

} // namespace knead::ui
