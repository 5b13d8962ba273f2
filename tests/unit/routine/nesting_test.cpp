#include "routine/loader.hpp"
#include "routine/nesting.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace knead::routine;

namespace {

std::string repeated(std::string_view piece, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) {
    text += piece;
  }
  return text;
}

} // namespace

TEST_CASE("ordinary routine text is never too deep") {
  CHECK_FALSE(find_deep_nesting("title = \"T\"\n[[step]]\ntitle = \"S\"\ncues = [\"a\", \"b\"]\n"));
  CHECK_FALSE(find_deep_nesting(repeated("x = 1.5\n", 1000)));
}

TEST_CASE("brackets and dotted keys count up to the limit, then the offset of the next") {
  const auto brackets = "x = " + repeated("[", k_max_nesting) + repeated("]", k_max_nesting);
  CHECK_FALSE(find_deep_nesting(brackets));
  CHECK(find_deep_nesting("x = " + repeated("[", k_max_nesting + 1)) == 4 + k_max_nesting);
  CHECK(find_deep_nesting("x = " + repeated("{a=", 100)) == 4 + 3 * k_max_nesting);
  // The header's own bracket is one level, its dots the rest.
  CHECK_FALSE(find_deep_nesting("[a" + repeated(".a", k_max_nesting - 1) + "]\n"));
  CHECK(find_deep_nesting("[a" + repeated(".a", k_max_nesting) + "]\n") == 2 * k_max_nesting);
  CHECK(find_deep_nesting(repeated("a.", 100) + "a = 1\n") == 2 * k_max_nesting + 1);
}

TEST_CASE("dots count per line, brackets until they close") {
  CHECK_FALSE(find_deep_nesting(repeated("a.b.c.d = 1\n", 1000)));
  CHECK_FALSE(find_deep_nesting(repeated("[[step]]\n", 1000)));
  CHECK(find_deep_nesting("x = " + repeated("[\n", 70)).has_value());
}

TEST_CASE("strings and comments do not count") {
  CHECK_FALSE(find_deep_nesting("x = \"" + repeated("[.{", 100) + "\"\n"));
  CHECK_FALSE(find_deep_nesting("x = '" + repeated("[.{", 100) + "'\n"));
  CHECK_FALSE(find_deep_nesting("x = \"\"\"\n" + repeated("[.{\n", 100) + "\"\"\"\n"));
  CHECK_FALSE(find_deep_nesting("x = '''\n" + repeated("[.{\n", 100) + "'''\n"));
  CHECK_FALSE(find_deep_nesting("x = \"a\\\"" + repeated("[", 100) + "\"\n"));
  CHECK_FALSE(find_deep_nesting("# " + repeated("[", 100) + "\n"));
  // An unterminated single-line string ends with its line.
  CHECK(find_deep_nesting("x = \"open\n" + repeated("[", 100)).has_value());
}

TEST_CASE("a deeply nested file is refused before parsing, at the place it gets too deep") {
  CHECK(format_diagnostics(parse_routine("x = " + repeated("[", 100000), "r.toml", "r").diagnostics)
            .utf8() ==
        "r.toml:1:69: error: the file nests tables or lists more than 64 levels deep\n"
        "  hint: a routine is [[step]] tables of keys, with short lists at most\n");
  const auto header = "title = \"T\"\n[" + repeated("a.", 100000) + "a]\n";
  CHECK(format_diagnostics(parse_routine(header, "r.toml", "r").diagnostics).utf8() ==
        "r.toml:2:129: error: the file nests tables or lists more than 64 levels deep\n"
        "  hint: a routine is [[step]] tables of keys, with short lists at most\n");
}
