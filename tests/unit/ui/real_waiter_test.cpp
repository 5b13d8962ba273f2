// The real waiter: what ends a wait, that a deadline is never reported early, and that
// a failing ppoll is reported instead of retried. No test here asserts how long
// anything took (bench/run.sh measures that); each only waits for short, real deadlines.
#include "session/real_clock.hpp"
#include "ui/real_waiter.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>

using namespace knead;
using session::RealClock;
using ui::RealWaiter;
using ui::Wake;
using Ms = std::chrono::milliseconds;

namespace {

constexpr Wake k_deadline{Wake::Kind::deadline};
constexpr Wake k_input{Wake::Kind::input};
constexpr Wake k_signal{Wake::Kind::signal};

// A non-blocking pipe standing in for the keyboard or the signal pipe; closed at the end.
struct Pipe {
  std::array<int, 2> fds{-1, -1};
  Pipe() { REQUIRE(::pipe2(fds.data(), O_NONBLOCK) == 0); }
  ~Pipe() {
    ::close(fds[0]);
    ::close(fds[1]);
  }
  Pipe(const Pipe &) = delete;
  Pipe &operator=(const Pipe &) = delete;
  void put(unsigned char byte = 'x') const { REQUIRE(::write(fds[1], &byte, 1) == 1); }
  void take() const {
    char byte = 0;
    REQUIRE(::read(fds[0], &byte, 1) == 1);
  }
};

} // namespace

TEST_CASE("the real waiter returns a deadline only once it has passed") {
  RealClock clock(1.0);
  RealWaiter waiter(clock, -1, -1);
  for (const auto deadline : {Ms{20}, Ms{45}, Ms{46}, Ms{80}}) {
    CHECK(waiter.wait_until(deadline) == k_deadline);
    CHECK(clock.now() >= deadline);
  }
  // A deadline already behind returns at once, still as a deadline.
  CHECK(waiter.wait_until(Ms{1}) == k_deadline);
}

TEST_CASE("the real waiter scales its deadlines by the clock's speed") {
  RealClock clock(1000.0);
  RealWaiter waiter(clock, -1, -1);
  CHECK(waiter.wait_until(Ms{30'000}) == k_deadline); // 30 s of session, 30 ms of real time
  CHECK(clock.now() >= Ms{30'000});
  CHECK(clock.wall() < Ms{30'000});
}

TEST_CASE("a key or a signal ends the wait before its deadline") {
  Pipe keyboard;
  Pipe signals;
  RealClock clock(1.0);
  RealWaiter waiter(clock, keyboard.fds[0], signals.fds[0]);

  keyboard.put();
  CHECK(waiter.wait_until(Ms{600'000}) == k_input);
  keyboard.take();

  signals.put(SIGWINCH);
  CHECK(waiter.wait_until(std::nullopt) == k_signal);
  // A signal and a key at once: the signal is handled first.
  keyboard.put();
  CHECK(waiter.wait_until(Ms{600'000}) == k_signal);
  CHECK(waiter.take_signals() == std::vector<int>{SIGWINCH});
  CHECK(waiter.wait_until(Ms{600'000}) == k_input);
  keyboard.take();
}

TEST_CASE("the signals come out of the pipe in the order they arrived") {
  Pipe signals;
  RealClock clock(1.0);
  RealWaiter waiter(clock, -1, signals.fds[0]);
  signals.put(SIGTSTP);
  signals.put(SIGCONT);
  signals.put(SIGINT);
  CHECK(waiter.take_signals() == std::vector<int>{SIGTSTP, SIGCONT, SIGINT});
  CHECK(waiter.take_signals().empty());
}

TEST_CASE("a keyboard the waiter ignores no longer ends a wait") {
  Pipe keyboard;
  RealClock clock(1.0);
  RealWaiter waiter(clock, keyboard.fds[0], -1);
  keyboard.put();
  waiter.ignore_input();
  CHECK(waiter.wait_until(Ms{20}) == k_deadline);
}

TEST_CASE("a timer left over from an interrupted wait does not end the next one early") {
  Pipe keyboard;
  RealClock clock(1.0);
  RealWaiter waiter(clock, keyboard.fds[0], -1);
  keyboard.put();
  CHECK(waiter.wait_until(Ms{10}) == k_input); // its timer was armed for 10 ms
  keyboard.take();
  CHECK(waiter.wait_until(Ms{60}) == k_deadline);
  CHECK(clock.now() >= Ms{60});
}

TEST_CASE("a ppoll that fails is reported with its errno, not retried") {
  RealClock clock(1.0);
  RealWaiter waiter(clock, -1, -1);
  // ppoll refuses more descriptors than RLIMIT_NOFILE allows (EINVAL): a limit of 2
  // makes every wait fail, as a real failure would, without touching open files.
  rlimit saved{};
  REQUIRE(getrlimit(RLIMIT_NOFILE, &saved) == 0);
  rlimit low = saved;
  low.rlim_cur = 2;
  REQUIRE(setrlimit(RLIMIT_NOFILE, &low) == 0);
  const auto wake = waiter.wait_until(std::nullopt);
  REQUIRE(setrlimit(RLIMIT_NOFILE, &saved) == 0);
  CHECK(wake == Wake{Wake::Kind::failed, EINVAL});
}

TEST_CASE("a signal pipe that is not open is a failure, not a wake-up every time") {
  constexpr int k_closed = 1000; // far above what the test opens (pipe numbers get reused)
  REQUIRE(fcntl(k_closed, F_GETFD) == -1);
  RealClock clock(1.0);
  RealWaiter waiter(clock, -1, k_closed); // ppoll says POLLNVAL
  CHECK(waiter.wait_until(Ms{600'000}) == Wake{Wake::Kind::failed, EBADF});
}
