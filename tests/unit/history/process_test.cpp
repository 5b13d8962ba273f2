#include "history/process.hpp"

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace knead::history;

TEST_CASE("this process is alive under its own identity") {
  const auto self = current_process();
  CHECK(self.pid == getpid());
  CHECK_FALSE(self.start.empty());
  CHECK(is_alive(self));
}

TEST_CASE("a process that has exited is not alive") {
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    _exit(0);
  }
  const auto identity = process_identity(child);
  int status = 0;
  waitpid(child, &status, 0);
  CHECK_FALSE(is_alive(identity));
  CHECK_FALSE(is_alive({child, ""}));
}

TEST_CASE("a live pid with another start time is a reused pid, not our session") {
  auto self = current_process();
  self.start += "0";
  CHECK_FALSE(is_alive(self));
  CHECK_FALSE(is_alive({0, ""}));
}
