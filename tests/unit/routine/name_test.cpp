#include "routine/name.hpp"

#include <doctest/doctest.h>

using namespace knead::routine;

TEST_CASE("a name with a '/' or ending in .toml is a file, anything else an id") {
  CHECK(is_routine_path("./neck"));
  CHECK(is_routine_path("/etc/knead/neck.toml"));
  CHECK(is_routine_path("neck.toml"));
  CHECK(is_routine_path("routines/neck"));
  CHECK_FALSE(is_routine_path("lower-back"));
  CHECK_FALSE(is_routine_path("neck.txt"));
  CHECK_FALSE(is_routine_path("toml"));
  CHECK_FALSE(is_routine_path(""));
}

TEST_CASE("a routine named by a file stands for the file's name without .toml") {
  CHECK(routine_id_of("lower-back") == "lower-back");
  CHECK(routine_id_of("./routines/neck.toml") == "neck");
  CHECK(routine_id_of("neck.toml") == "neck");
  CHECK(routine_id_of("/tmp/neck") == "neck");
  CHECK(routine_id_of("neck.txt") == "neck.txt");
  CHECK(routine_id_of("") == "");
}
