#include "ui/keys.hpp"

#include <doctest/doctest.h>

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
