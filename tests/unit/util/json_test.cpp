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
