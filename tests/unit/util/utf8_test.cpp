#include "unit/sandbox.hpp"
#include "util/utf8.hpp"

#include <doctest/doctest.h>

using namespace knead;

namespace {

// The code point decoded at the start of `text`, and its length (0: invalid).
std::pair<char32_t, std::size_t> decoded(std::string_view text) {
  char32_t code_point = 0;
  const auto length = utf8::decode(text, 0, code_point);
  return {code_point, length};
}

} // namespace

TEST_CASE("decode reads one to four bytes and refuses what is not UTF-8") {
  CHECK(decoded("a") == std::pair<char32_t, std::size_t>{U'a', 1});
  CHECK(decoded("\u00e9") == std::pair<char32_t, std::size_t>{0xE9, 2});
  CHECK(decoded("\u2026") == std::pair<char32_t, std::size_t>{0x2026, 3});
  CHECK(decoded("\U0001F600") == std::pair<char32_t, std::size_t>{0x1F600, 4});
  CHECK(decoded("\x80").second == 0);             // a continuation byte alone
  CHECK(decoded("\xE2\x80").second == 0);         // cut short
  CHECK(decoded("\xE2\x41\x41").second == 0);     // not followed by continuations
  CHECK(decoded("\xC0\xAF").second == 0);         // an overlong '/'
  CHECK(decoded("\xED\xA0\x80").second == 0);     // a surrogate
  CHECK(decoded("\xF4\x90\x80\x80").second == 0); // beyond U+10FFFF
  CHECK(decoded("\xF8\x88\x80\x80\x80").second == 0);
  char32_t code_point = 0;
  CHECK(utf8::decode("ab\u00e9", 2, code_point) == 2);
  CHECK(code_point == 0xE9);
}

TEST_CASE("encoded lengths and continuation bytes") {
  CHECK(utf8::encoded_length(0x7F) == 1);
  CHECK(utf8::encoded_length(0x80) == 2);
  CHECK(utf8::encoded_length(0x7FF) == 2);
  CHECK(utf8::encoded_length(0x800) == 3);
  CHECK(utf8::encoded_length(0xFFFF) == 3);
  CHECK(utf8::encoded_length(0x10000) == 4);
  CHECK(utf8::is_continuation('\x80'));
  CHECK(utf8::is_continuation('\xBF'));
  CHECK_FALSE(utf8::is_continuation('a'));
  CHECK_FALSE(utf8::is_continuation('\xC3'));
}

TEST_CASE("a character takes zero, one or two columns") {
  CHECK(utf8::code_point_width(U'a') == 1);
  CHECK(utf8::code_point_width(0xE9) == 1);    // é
  CHECK(utf8::code_point_width(0x0416) == 1);  // Ж
  CHECK(utf8::code_point_width(0x2026) == 1);  // …
  CHECK(utf8::code_point_width(0x0301) == 0);  // a combining acute accent
  CHECK(utf8::code_point_width(0x200D) == 0);  // the zero-width joiner
  CHECK(utf8::code_point_width(0xFE0F) == 0);  // a variation selector
  CHECK(utf8::code_point_width(0x6307) == 2);  // 指
  CHECK(utf8::code_point_width(0xAC00) == 2);  // 가
  CHECK(utf8::code_point_width(0xFF21) == 2);  // a fullwidth A
  CHECK(utf8::code_point_width(0x1F600) == 2); // an emoji
  CHECK(utf8::code_point_width(0x20000) == 2); // CJK extension B
}

TEST_CASE("width counts columns, an invalid byte as one") {
  CHECK(utf8::width("") == 0);
  CHECK(utf8::width("caf\u00e9") == 4);
  CHECK(utf8::width("cafe\u0301") == 4);
  CHECK(utf8::width("\u6307\u538b") == 4);
  CHECK(utf8::width("a\xFF") == 2);
}

TEST_CASE("the fitting prefix never splits a character") {
  CHECK(utf8::fitting_prefix("abc", 2) == 2);
  CHECK(utf8::fitting_prefix("abc", 9) == 3);
  CHECK(utf8::fitting_prefix("\u00e9t\u00e9", 1) == 2);
  CHECK(utf8::fitting_prefix("\u6307\u538b", 3) == 3); // the second would straddle the edge
  CHECK(utf8::fitting_prefix("e\u0301x", 1) == 3);     // the accent stays with its letter
  CHECK(utf8::fitting_prefix("\u6307", 1) == 0);
}

TEST_CASE("truncation marks the cut with the ellipsis the caller chose") {
  using utf8::Ellipsis;
  CHECK(utf8::truncate("Paraspinal muscles", 8, Ellipsis::unicode) == "Paraspi\u2026");
  CHECK(utf8::truncate("Paraspinal muscles", 8, Ellipsis::ascii) == "Paras...");
  CHECK(utf8::truncate("short", 5, Ellipsis::ascii) == "short");
  CHECK(utf8::truncate("Paraspinal", 2, Ellipsis::ascii) == "..");
  CHECK(utf8::truncate("Paraspinal", 0, Ellipsis::unicode) == "");
  CHECK(utf8::truncate("\u6307\u538b\u6cd5", 4, Ellipsis::unicode) == "\u6307\u2026");
  CHECK(utf8::truncate("\u00e9\u00e9\u00e9\u00e9\u00e9", 4, Ellipsis::ascii) == "\u00e9...");
  CHECK(utf8::ellipsis_for(true) == Ellipsis::unicode);
  CHECK(utf8::ellipsis_for(false) == Ellipsis::ascii);
}

TEST_CASE("padding fills columns with spaces") {
  CHECK(utf8::pad_right("\u6307", 4) == "\u6307  ");
  CHECK(utf8::pad_left("\u00e9", 3) == "  \u00e9");
  CHECK(utf8::pad_right("wide", 2) == "wide");
  CHECK(utf8::pad_left("wide", 2) == "wide");
}

TEST_CASE("a locale names UTF-8 in any of its spellings") {
  CHECK(utf8::names_utf8("C.UTF-8"));
  CHECK(utf8::names_utf8("en_US.utf8"));
  CHECK(utf8::names_utf8("de_DE.Utf-8@euro"));
  CHECK_FALSE(utf8::names_utf8("C"));
  CHECK_FALSE(utf8::names_utf8("POSIX"));
  CHECK_FALSE(utf8::names_utf8("en_US.ISO-8859-1"));
}

TEST_CASE("the locale is LC_ALL, else LC_CTYPE, else LANG: the first one set") {
  const test::ScopedEnv lang("LANG", "C.UTF-8");
  {
    const test::ScopedEnv all("LC_ALL", "C");
    CHECK_FALSE(utf8::locale_is_utf8());
  }
  {
    const test::ScopedEnv all("LC_ALL", "");
    const test::ScopedEnv ctype("LC_CTYPE", "POSIX");
    CHECK_FALSE(utf8::locale_is_utf8());
  }
  {
    const test::ScopedEnv all("LC_ALL", std::nullopt);
    const test::ScopedEnv ctype("LC_CTYPE", std::nullopt);
    CHECK(utf8::locale_is_utf8());
    const test::ScopedEnv no_lang("LANG", std::nullopt);
    CHECK_FALSE(utf8::locale_is_utf8());
  }
}
