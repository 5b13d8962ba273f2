#include "util/json.hpp"

#include <doctest/doctest.h>

using namespace knead;

TEST_CASE("json strings are escaped and sanitized") {
  CHECK(json::quote("plain") == "\"plain\"");
  CHECK(json::quote("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"");
  CHECK(json::quote("line\nnext\ttab") == "\"line\\nnext tab\"");
  CHECK(json::quote("\x1b[2J") == "\"\xEF\xBF\xBD[2J\"");
  CHECK(json::quote("caf\xC3\xA9") == "\"caf\xC3\xA9\"");
}

TEST_CASE("json objects and arrays keep their order") {
  json::Object object;
  object.add("id", "x").add("n", 3).add("ok", true).add_null("none").add_raw("list", "[1]");
  CHECK(object.str() == "{\"id\":\"x\",\"n\":3,\"ok\":true,\"none\":null,\"list\":[1]}");
  CHECK(json::Object().str() == "{}");
  CHECK(json::array({}) == "[]");
  CHECK(json::string_array({"a", "b"}) == "[\"a\",\"b\"]");
}

TEST_CASE("for a terminal that takes no UTF-8, a document has other characters as \\u escapes") {
  const auto quoted = json::quote("caf\xC3\xA9 \xD0\x9B \xF0\x9F\x98\x80 \x1b\n");
  CHECK(json::ascii_escaped(quoted) == "\"caf\\u00e9 \\u041b \\ud83d\\ude00 \\ufffd\\n\"");
  CHECK(json::ascii_escaped("[{\"t\":\"\xE2\x80\xA6\"},1]\n") == "[{\"t\":\"\\u2026\"},1]\n");
  CHECK(json::quote("caf\xC3\xA9") == "\"caf\xC3\xA9\"");
}
