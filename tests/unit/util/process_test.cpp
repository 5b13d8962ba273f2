#include "util/process.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <thread>

using namespace knead;

TEST_CASE("a child gets its argv verbatim, with no shell in between") {
  // If a shell were involved, `$(echo hi)` and `;` would be interpreted.
  auto result = process::run({"printf", "%s|", "a b", "$(echo hi); true"}, true);
  REQUIRE(result);
  CHECK(result->exit_code == 0);
  CHECK(result->output == "a b|$(echo hi); true|");
}

TEST_CASE("exit codes come back, and a missing program is told apart") {
  auto failed = process::run({"false"});
  REQUIRE(failed);
  CHECK(failed->exit_code == 1);
  CHECK_FALSE(process::run({"knead-no-such-program-xyz"}));
  CHECK_FALSE(process::is_available("knead-no-such-program-xyz"));
  CHECK(process::is_available("true"));
  CHECK(process::is_available("/bin/sh"));
  CHECK_FALSE(process::is_available("/etc/passwd"));
}

TEST_CASE("a detached child is left running and reaped later") {
  // Had spawn_detached waited for the child, it would have reaped it itself and the
  // loop below would collect nothing.
  REQUIRE(process::spawn_detached({"sleep", "0.2"}));
  REQUIRE(process::spawn_detached({"true"}));
  CHECK_FALSE(process::spawn_detached({"knead-no-such-program-xyz"}));
  int collected = 0;
  for (int i = 0; i < 100 && collected < 2; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    collected += process::reap_finished();
  }
  CHECK(collected == 2);
  CHECK(process::reap_finished() == 0); // nothing left, and nothing counted twice
}
