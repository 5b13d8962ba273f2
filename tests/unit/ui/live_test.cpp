#include "drain.hpp"
#include "ui/live.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <string>

using namespace knead;

using test::drain;

TEST_CASE("the live screen rewrites only the lines that changed, and restores on exit") {
  int fds[2];
  REQUIRE(pipe2(fds, O_NONBLOCK) == 0);
  {
    ui::LiveScreen screen(fds[1], false, Charset::utf8);
    CHECK(drain(fds[0]) == "\x1b[?1049h\x1b[?25l\x1b[2J");
    screen.draw({{"one", ui::Tone::normal}, {"two", ui::Tone::normal}});
    CHECK(drain(fds[0]) == "\x1b[1;1Hone\x1b[K\x1b[2;1Htwo\x1b[K");
    screen.draw({{"one", ui::Tone::normal}, {"2", ui::Tone::normal}});
    CHECK(drain(fds[0]) == "\x1b[2;1H2\x1b[K");
    screen.draw({{"one", ui::Tone::normal}, {"2", ui::Tone::normal}});
    CHECK(drain(fds[0]).empty());
    screen.invalidate();
    screen.draw({{"one", ui::Tone::normal}, {"2", ui::Tone::normal}});
    CHECK(drain(fds[0]) == "\x1b[2J\x1b[1;1Hone\x1b[K\x1b[2;1H2\x1b[K");
  }
  CHECK(drain(fds[0]) == "\x1b[0m\x1b[?25h\x1b[?1049l");
  close(fds[0]);
  close(fds[1]);
}

TEST_CASE("with colour, tones become SGR sequences") {
  int fds[2];
  REQUIRE(pipe2(fds, O_NONBLOCK) == 0);
  {
    ui::LiveScreen screen(fds[1], true, Charset::utf8);
    drain(fds[0]);
    screen.draw({{"Title", ui::Tone::title}});
    CHECK(drain(fds[0]) == "\x1b[1;1H\x1b[1mTitle\x1b[0m\x1b[K");
  }
  close(fds[0]);
  close(fds[1]);
}
