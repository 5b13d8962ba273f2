#include "unit/sandbox.hpp"
#include "util/small_file.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <string>

using namespace knead::files;
using Kind = ReadProblem::Kind;

TEST_CASE("a small regular file is read, and a missing one, a folder or a device is not") {
  const auto dir = knead::test::fresh_folder("small-file");
  { std::ofstream(dir / "a.txt") << "hello\n"; }
  auto read = read_small_file(dir / "a.txt", 100);
  REQUIRE(read.text);
  CHECK(*read.text == "hello\n");
  CHECK_FALSE(check_readable(dir / "a.txt"));

  read = read_small_file(dir / "none.txt", 100);
  CHECK_FALSE(read.text);
  CHECK(read.problem.kind == Kind::missing);
  CHECK(describe(read.problem) == "No such file or directory");

  read = read_small_file(dir, 100);
  CHECK(read.problem.kind == Kind::directory);
  CHECK(describe(read.problem) == "it is a directory, not a file");

  read = read_small_file("/dev/zero", 100, Accept::regular_file_or_pipe);
  CHECK_FALSE(read.text);
  CHECK(read.problem.kind == Kind::not_a_file);
  CHECK(describe(read.problem) == "it is not a regular file (a FIFO, a device or a socket)");
  CHECK(check_readable("/dev/null")->kind == Kind::not_a_file);
}

TEST_CASE("a file over the limit is refused by its size before it is read") {
  const auto dir = knead::test::fresh_folder("small-file");
  { std::ofstream(dir / "big.txt") << std::string(101, 'x'); }
  auto read = read_small_file(dir / "big.txt", 100);
  CHECK_FALSE(read.text);
  CHECK(read.problem.kind == Kind::too_large);
  CHECK(read.problem.size == 101);
  CHECK(describe(read.problem, 100) == "it is too large (101 bytes; the limit is 100)");
  CHECK(read_small_file(dir / "big.txt", 101).text);
}

TEST_CASE("a FIFO never blocks: refused, or read as empty at once when pipes are accepted") {
  const auto dir = knead::test::fresh_folder("small-file");
  const auto fifo = dir / "fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  // Without O_NONBLOCK each of these would wait for a writer for ever.
  CHECK(check_readable(fifo)->kind == Kind::not_a_file);
  CHECK(read_small_file(fifo, 100).problem.kind == Kind::not_a_file);
  const auto read = read_small_file(fifo, 100, Accept::regular_file_or_pipe);
  REQUIRE(read.text);
  CHECK(read.text->empty());
}

TEST_CASE("a pipe with a writer is read up to one byte past the limit") {
  const auto dir = knead::test::fresh_folder("small-file");
  const auto fifo = dir / "fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  // A writer holds the FIFO open (O_RDWR opens without waiting) with more in it
  // than the limit; the reader takes what is there and stops past the limit.
  const int writer = ::open(fifo.c_str(), O_RDWR | O_NONBLOCK);
  REQUIRE(writer >= 0);
  const std::string data(300, 'y');
  REQUIRE(::write(writer, data.data(), data.size()) == 300);
  auto read = read_small_file(fifo, 100, Accept::regular_file_or_pipe);
  CHECK_FALSE(read.text);
  CHECK(read.problem.kind == Kind::too_large);
  CHECK(read.problem.size == 0);
  CHECK(describe(read.problem, 100) == "it is too large (over 100 bytes; the limit is 100)");
  ::close(writer);
}
