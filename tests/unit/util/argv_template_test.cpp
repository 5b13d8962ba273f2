#include "util/argv_template.hpp"

#include <doctest/doctest.h>

using namespace knead;

TEST_CASE("placeholders are found with their offsets") {
  const auto found = argv_template::find_placeholders("--a={text} {wav}{ x");
  REQUIRE(found.size() == 2);
  CHECK(found[0].offset == 4);
  CHECK(found[0].name == "text");
  CHECK(found[1].offset == 11);
  CHECK(found[1].name == "wav");
  CHECK(argv_template::find_placeholders("no braces").empty());
  CHECK(argv_template::find_placeholders("{}").front().name.empty());
}

TEST_CASE("expanding fills known placeholders once and keeps the rest") {
  CHECK(argv_template::expand({"say", "-r", "{rate}", "--text={text}!", "{other}"},
                              {{"text", "Hold {rate} $(rm -rf ~)"}, {"rate", "200"}}) ==
        std::vector<std::string>{"say", "-r", "200", "--text=Hold {rate} $(rm -rf ~)!", "{other}"});
  CHECK(argv_template::uses({"a", "x{wav}"}, "wav"));
  CHECK_FALSE(argv_template::uses({"a", "{text}"}, "wav"));
}
