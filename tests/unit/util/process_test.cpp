#include "util/process.hpp"
#include "util/process_limit.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
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

TEST_CASE("a background child is asked about by its pid, killed when it hangs, never waited for") {
  const auto hung = process::spawn_background({"sleep", "30"});
  REQUIRE(hung.has_value());
  CHECK_FALSE(process::has_exited(*hung));
  const auto started = std::chrono::steady_clock::now();
  process::kill_child(*hung);
  bool gone = false;
  for (int i = 0; i < 100 && !gone; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    gone = process::has_exited(*hung);
  }
  CHECK(gone);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
  CHECK(process::has_exited(*hung)); // collected once, and known to be gone after
  CHECK_FALSE(process::spawn_background({"knead-no-such-program-xyz"}).has_value());
}

TEST_CASE("reaping background children leaves a child that run() waits for alone") {
  // A phrase is rendered through run() on another thread while the session reaps.
  std::optional<process::Result> result;
  std::thread renderer([&result] { result = process::run({"sh", "-c", "sleep 0.2; exit 3"}); });
  for (int i = 0; i < 30; ++i) {
    process::reap_finished();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  renderer.join();
  REQUIRE(result.has_value());
  CHECK(result->exit_code == 3);
}

TEST_CASE("a child within its time limit runs to its end and is not called timed out") {
  const auto ran = process::run_within({"printf", "done"}, std::chrono::seconds(30), true);
  REQUIRE(ran.result);
  CHECK(ran.result->output == "done");
  CHECK(ran.result->exit_code == 0);
  CHECK_FALSE(ran.timed_out);
  const auto missing = process::run_within({"no-such-program-knead"}, std::chrono::seconds(30));
  CHECK_FALSE(missing.result);
  CHECK_FALSE(missing.timed_out);
}
