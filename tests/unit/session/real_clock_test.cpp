// The real clock's waiting: what ends a wait, and that a deadline is never reported
// early. No test here asserts how long anything took (bench/run.sh measures that);
// each only waits for short, real deadlines.
#include "session/real_clock.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <array>

using namespace knead::session;
using Ms = std::chrono::milliseconds;

namespace {

// A pipe standing in for the keyboard or the signal pipe; closed at the end.
struct Pipe {
  std::array<int, 2> fds{-1, -1};
  Pipe() { REQUIRE(::pipe(fds.data()) == 0); }
  ~Pipe() {
    ::close(fds[0]);
    ::close(fds[1]);
  }
  Pipe(const Pipe &) = delete;
  Pipe &operator=(const Pipe &) = delete;
  void put() const { REQUIRE(::write(fds[1], "x", 1) == 1); }
  void take() const {
    char byte = 0;
    REQUIRE(::read(fds[0], &byte, 1) == 1);
  }
};

} // namespace

TEST_CASE("the real clock returns a deadline only once it has passed") {
  RealClock clock(1.0, -1, -1);
  for (const auto deadline : {Ms{20}, Ms{45}, Ms{46}, Ms{80}}) {
    CHECK(clock.wait_until(deadline) == Wake::deadline);
    CHECK(clock.now() >= deadline);
  }
  // A deadline already behind returns at once, still as a deadline.
  CHECK(clock.wait_until(Ms{1}) == Wake::deadline);
}

TEST_CASE("the real clock scales its deadlines by the speed") {
  RealClock clock(1000.0, -1, -1);
  CHECK(clock.wait_until(Ms{30'000}) == Wake::deadline); // 30 s of session, 30 ms of real time
  CHECK(clock.now() >= Ms{30'000});
  CHECK(clock.wall() < Ms{30'000});
}

TEST_CASE("a key or a signal ends the wait before its deadline") {
  Pipe keyboard;
  Pipe signals;
  RealClock clock(1.0, keyboard.fds[0], signals.fds[0]);

  keyboard.put();
  CHECK(clock.wait_until(Ms{600'000}) == Wake::input);
  keyboard.take();

  signals.put();
  CHECK(clock.wait_until(std::nullopt) == Wake::signal);
  // A signal and a key at once: the signal is handled first.
  keyboard.put();
  CHECK(clock.wait_until(Ms{600'000}) == Wake::signal);
  signals.take();
  CHECK(clock.wait_until(Ms{600'000}) == Wake::input);
  keyboard.take();
}

TEST_CASE("a timer left over from an interrupted wait does not end the next one early") {
  Pipe keyboard;
  RealClock clock(1.0, keyboard.fds[0], -1);
  keyboard.put();
  CHECK(clock.wait_until(Ms{10}) == Wake::input); // its timer was armed for 10 ms
  keyboard.take();
  CHECK(clock.wait_until(Ms{60}) == Wake::deadline);
  CHECK(clock.now() >= Ms{60});
}
