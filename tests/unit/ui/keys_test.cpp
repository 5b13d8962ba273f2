#include "ui/keys.hpp"
#include "util/utf8.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>

using namespace knead;
using session::Input;
using ui::Key;

TEST_CASE("terminal bytes decode into keys, arrows included") {
  const auto keys = ui::decode_keys(" n\x1b[C\x1b[D\r\x1bOC\x1b[1;5A?\x1b");
  const std::vector<Key> expected{
      {Key::Kind::character, ' '}, {Key::Kind::character, 'n'}, {Key::Kind::right},
      {Key::Kind::left},           {Key::Kind::enter},          {Key::Kind::right},
      {Key::Kind::character, '?'}, {Key::Kind::escape},
  };
  CHECK(keys == expected);
}

TEST_CASE("the key map") {
  ui::KeyMap map;
  const auto ch = [](char c) { return Key{Key::Kind::character, c}; };
  CHECK(map.press(ch(' '), false) == Input::toggle_pause);
  CHECK(map.press(ch(' '), true) == Input::confirm);
  CHECK(map.press(Key{Key::Kind::enter}, true) == Input::confirm);
  CHECK_FALSE(map.press(Key{Key::Kind::enter}, false).has_value());
  CHECK(map.press(ch('n'), false) == Input::next);
  CHECK(map.press(Key{Key::Kind::right}, false) == Input::next);
  CHECK(map.press(ch('b'), false) == Input::back);
  CHECK(map.press(Key{Key::Kind::left}, false) == Input::back);
  CHECK(map.press(ch('r'), false) == Input::restart);
  CHECK(map.press(ch('+'), false) == Input::add_time);
  CHECK(map.press(ch('-'), false) == Input::remove_time);
  CHECK_FALSE(map.press(ch('x'), false).has_value());
}

TEST_CASE("q asks first: y quits, anything else goes on") {
  ui::KeyMap map;
  const auto ch = [](char c) { return Key{Key::Kind::character, c}; };
  CHECK_FALSE(map.press(ch('q'), false).has_value());
  CHECK(map.overlay() == ui::Overlay::confirm_quit);
  CHECK_FALSE(map.press(ch('n'), false).has_value()); // "no", not "next"
  CHECK(map.overlay() == ui::Overlay::none);
  map.press(ch('q'), false);
  CHECK(map.press(ch('y'), false) == Input::quit);
}

TEST_CASE("? shows the keys until any key closes them") {
  ui::KeyMap map;
  map.press(Key{Key::Kind::character, '?'}, false);
  CHECK(map.overlay() == ui::Overlay::help);
  CHECK_FALSE(map.press(Key{Key::Kind::character, ' '}, false).has_value());
  CHECK(map.overlay() == ui::Overlay::none);
}

namespace {

// What one press of `key` does on a fresh key map: the input it asks for, or the
// overlay it opens ("quit?", "help"), or "" for nothing.
std::string effect(const Key &key, bool waiting) {
  ui::KeyMap map;
  const auto input = map.press(key, waiting);
  if (map.overlay() == ui::Overlay::confirm_quit) {
    return "quit?";
  }
  if (map.overlay() == ui::Overlay::help) {
    return "help";
  }
  if (!input) {
    return "";
  }
  switch (*input) {
  case Input::toggle_pause:
    return "pause";
  case Input::confirm:
    return "ready";
  case Input::next:
    return "next";
  case Input::back:
    return "back";
  case Input::restart:
    return "restart";
  case Input::add_time:
    return "add";
  case Input::remove_time:
    return "remove";
  default:
    return "other";
  }
}

std::string effect_of(const ui::KeyBinding &row, bool waiting) {
  if (row.action == ui::KeyAction::quit) {
    return "quit?";
  }
  if (row.action == ui::KeyAction::help) {
    return "help";
  }
  const auto &input = waiting ? row.at_prompt : row.running;
  return input ? effect(row.keys.front(), waiting) : "";
}

// The key a hint or help line names, found back through the table's own names.
std::optional<Key> key_named(const std::string &name, bool utf8) {
  for (const auto &row : ui::key_bindings()) {
    for (const auto &key : row.keys) {
      if (ui::key_name(key, utf8) == name) {
        return key;
      }
    }
  }
  return std::nullopt;
}

bool is_ascii(const std::string &text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

TEST_CASE("every key of the table does what its row says, and no key means two things") {
  for (const bool waiting : {false, true}) {
    CAPTURE(waiting);
    for (const auto &row : ui::key_bindings()) {
      const auto expected = effect_of(row, waiting);
      if (expected.empty()) {
        continue; // the row does nothing here (Enter while a step runs)
      }
      for (const auto &keys : {row.keys, row.also}) {
        for (const auto &key : keys) {
          CAPTURE(ui::key_name(key, true));
          CHECK(effect(key, waiting) == expected);
          // Any other row with this key does nothing in this context.
          for (const auto &other : ui::key_bindings()) {
            const bool has =
                std::find(other.keys.begin(), other.keys.end(), key) != other.keys.end() ||
                std::find(other.also.begin(), other.also.end(), key) != other.also.end();
            if (&other != &row && has) {
              CHECK(effect_of(other, waiting).empty());
            }
          }
        }
      }
    }
  }
}

TEST_CASE("the key help has a line for each row of the table, with its keys and what it does") {
  for (const bool utf8 : {true, false}) {
    CAPTURE(utf8);
    const auto help = ui::key_help_lines(utf8);
    const auto &table = ui::key_bindings();
    REQUIRE(help.size() == table.size());
    for (std::size_t i = 0; i < table.size(); ++i) {
      std::string names;
      for (const auto &key : table[i].keys) {
        names += (names.empty() ? "" : " or ") + ui::key_name(key, utf8);
      }
      CHECK(help[i].starts_with(names + "  "));
      CHECK(help[i].ends_with(table[i].help));
      // The descriptions line up in one column.
      CHECK(utf8::width(help[i]) - utf8::width(table[i].help) ==
            utf8::width(help[0]) - utf8::width(table[0].help));
    }
    CHECK(is_ascii(help.front() + help.back()));
    if (!utf8) {
      for (const auto &line : help) {
        CHECK(is_ascii(line));
      }
    }
  }
  CHECK(ui::key_help_lines(true)[2] == "n or \u2192          next step");
  CHECK(ui::key_help_lines(false)[2] == "n or Right      next step");
}

TEST_CASE("every key a hint line names does what the hint says, in every state and width") {
  // The words of the hints, and what pressing their keys must do.
  const std::map<std::string, std::vector<std::string>> k_meaning{
      {"pause", {"pause"}},        {"resume", {"pause"}}, {"next", {"next"}},
      {"skip", {"next"}},          {"back", {"back"}},    {"restart", {"restart"}},
      {"15 s", {"add", "remove"}}, {"quit", {"quit?"}},   {"keys", {"help"}},
      {"when ready", {"ready"}},   {"ready", {"ready"}}};
  for (const auto context :
       {ui::HintContext::running, ui::HintContext::paused, ui::HintContext::prompt}) {
    const bool waiting = context == ui::HintContext::prompt;
    for (const bool utf8 : {true, false}) {
      for (const int columns : {200, 30}) {
        auto line = ui::key_hints(context, columns, utf8);
        CAPTURE(line);
        if (!utf8) {
          CHECK(is_ascii(line));
        } else if (columns == 200) {
          CHECK(line.find(" \u00b7 ") != std::string::npos);
        }
        if (context == ui::HintContext::paused) {
          REQUIRE(line.starts_with("PAUSED"));
          line.erase(0, std::string("PAUSED").size());
        }
        // Items are separated by " · ", " | " or two spaces; each is "KEYS word".
        for (const std::string separator : {" \u00b7 ", " | ", "  "}) {
          for (auto at = line.find(separator); at != std::string::npos; at = line.find(separator)) {
            line.replace(at, separator.size(), "\n");
          }
        }
        std::istringstream items(line);
        std::string item;
        int checked = 0;
        while (std::getline(items, item)) {
          if (item.empty()) {
            continue;
          }
          // Key names come first ("Enter or space", "+/-"), then the word.
          std::vector<std::string> names;
          std::istringstream words(item);
          std::string word;
          std::string rest;
          while (words >> word) {
            if (!rest.empty() || (word != "or" && !key_named(word, utf8) && word != "+/-")) {
              rest += (rest.empty() ? "" : " ") + word;
            } else if (word == "+/-") {
              names.insert(names.end(), {"+", "-"});
            } else if (word != "or") {
              names.push_back(word);
            }
          }
          CAPTURE(item);
          REQUIRE(k_meaning.count(rest) == 1);
          REQUIRE_FALSE(names.empty());
          const auto &meaning = k_meaning.at(rest);
          for (std::size_t i = 0; i < names.size(); ++i) {
            const auto key = key_named(names[i], utf8);
            REQUIRE(key.has_value());
            CHECK(effect(*key, waiting) == meaning[std::min(i, meaning.size() - 1)]);
            ++checked;
          }
        }
        CHECK(checked >= 1);
      }
    }
  }
}

TEST_CASE("the hint lines, wide and narrow, in UTF-8 and in ASCII") {
  using ui::HintContext;
  CHECK(ui::key_hints(HintContext::running, 100, true) ==
        "space pause \u00b7 n next \u00b7 b back \u00b7 r restart \u00b7 +/- 15 s \u00b7 q quit "
        "\u00b7 ? keys");
  CHECK(ui::key_hints(HintContext::running, 100, false) ==
        "space pause | n next | b back | r restart | +/- 15 s | q quit | ? keys");
  CHECK(ui::key_hints(HintContext::running, 60, true) == "space pause  n next  q quit  ? keys");
  CHECK(ui::key_hints(HintContext::paused, 60, false) ==
        "PAUSED | space resume | n next | b back | q quit");
  CHECK(ui::key_hints(HintContext::paused, 20, true) == "PAUSED  space resume");
  CHECK(ui::key_hints(HintContext::prompt, 80, true) ==
        "Enter or space when ready \u00b7 n skip \u00b7 q quit \u00b7 ? keys");
  CHECK(ui::key_hints(HintContext::prompt, 40, false) == "Enter ready  q quit  ? keys");
}
