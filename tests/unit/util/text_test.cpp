#include "util/text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using knead::Charset;
using knead::Text;
using knead::Untrusted;

namespace {

// What the compiler lets through: Text::format takes Untrusted and Text, never a
// std::string (which may hold routine text) without a name for what it is.
template <typename T>
concept formats_into_text = requires(const T &value) {
  Text::format("{}", value);
};

static_assert(!formats_into_text<std::string>);
static_assert(formats_into_text<Untrusted>);
static_assert(formats_into_text<Text>);
static_assert(formats_into_text<int>);
// No way from a std::string or an Untrusted to Text but a named one.
static_assert(!std::is_convertible_v<std::string, Text>);
static_assert(!std::is_constructible_v<Text, std::string>);
static_assert(!std::is_convertible_v<Untrusted, Text>);
static_assert(!std::is_convertible_v<std::string, Untrusted>);
// And Untrusted never turns into a string on its own, nor into fmt's arguments.
static_assert(!std::is_convertible_v<Untrusted, std::string>);
static_assert(!std::is_convertible_v<Untrusted, std::string_view>);
static_assert(!fmt::is_formattable<Untrusted>::value);
static_assert(!fmt::is_formattable<Text>::value);

bool is_ascii(const std::string &text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

TEST_CASE("untrusted text is sanitised on one line, or in lines when asked") {
  CHECK(Text(Untrusted("a\x1b[2Jb\nc\td")).utf8() == "a\xEF\xBF\xBD[2Jb\xEF\xBF\xBD"
                                                     "c d");
  CHECK(Text::lines(Untrusted("a\x1b\nb")).utf8() == "a\xEF\xBF\xBD\nb");
  CHECK(Text(Untrusted("caf\xC3\xA9 \xFF")).utf8() == "caf\xC3\xA9 \xEF\xBF\xBD");
}

TEST_CASE("the program's own text keeps its line breaks, and still loses control characters") {
  CHECK(Text("one\ntwo\n").utf8() == "one\ntwo\n");
  CHECK(Text::trusted("made\x1b[31m\n").utf8() == "made\xEF\xBF\xBD[31m\n");
}

TEST_CASE("Text::format puts untrusted arguments on one line and keeps its own breaks") {
  const auto text = Text::format("{}: {} of {}\n", Untrusted("evil\n\x07"), 3, Text("four"));
  CHECK(text.utf8() == "evil\xEF\xBF\xBD\xEF\xBF\xBD: 3 of four\n");
  CHECK(Text::format("{:<6}|{:>4}", Text("ab"), 7).utf8() == "ab    |   7");
  CHECK(Text::format("{} side", "left").utf8() == "left side");
}

TEST_CASE("texts join, and an untrusted part is sanitised as it joins") {
  Text text = "a";
  text += Untrusted("\x1b");
  text += "b";
  CHECK((text + Text("c")).utf8() == "a\xEF\xBF\xBD"
                                     "bc");
  CHECK(("x" + Text(Untrusted("y"))).utf8() == "xy");
}

TEST_CASE("in ASCII the program's glyphs have fallbacks and anything else is a question mark") {
  const Text glyphs(
      "\u2026 \u00b7 \u2192 \u2190 \u2588\u2591 \u2581\u2585\u2588 \u2014 \u201cq\u201d");
  CHECK(glyphs.in(Charset::ascii).utf8() == "... - -> <- #- _=# - \"q\"");
  CHECK(glyphs.in(Charset::utf8) == glyphs);
  // Cyrillic (D0 9B would be CSI), an emoji, and the replacement of a control character.
  const Text other(Untrusted("\xD0\x9B\xD0\x9C \xF0\x9F\x98\x80 \x1b"));
  CHECK(other.in(Charset::ascii).utf8() == "?? ? ?");
  CHECK(is_ascii(Text(Untrusted("caf\xC3\xA9 \xE2\x80\xAE")).in(Charset::ascii).utf8()));
}

TEST_CASE("width, padding and truncation count columns as the terminal shows them") {
  const Text title("Caf\u00e9 \u2192 hips");
  CHECK(title.width() == 11);
  CHECK(title.in(Charset::ascii).width() == 12);
  CHECK(Text("ab").padded_right(4).utf8() == "ab  ");
  CHECK(Text("\u2026").padded_left(3).utf8() == "  \u2026");
  CHECK(title.truncated(11, Charset::utf8) == title);
  CHECK(title.truncated(6, Charset::utf8).utf8() == "Caf\u00e9 \u2026");
  CHECK(title.truncated(8, Charset::ascii).utf8() == "Caf? ...");
  CHECK(title.truncated(2, Charset::ascii).utf8() == "..");
  CHECK(title.truncated(0, Charset::utf8).utf8().empty());
}
