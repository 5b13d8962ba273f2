#include "../ui/drain.hpp"
#include "util/output.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace knead;

namespace {

// A file in memory standing in for stdout or stderr, read back whole.
class Capture {
public:
  Capture() : m_file(std::tmpfile()) {}
  Capture(const Capture &) = delete;
  Capture &operator=(const Capture &) = delete;
  Capture(Capture &&) = delete;
  Capture &operator=(Capture &&) = delete;
  ~Capture() { std::fclose(m_file); }

  [[nodiscard]] std::FILE *file() const { return m_file; }
  std::string text() {
    std::fflush(m_file);
    std::rewind(m_file);
    std::string text;
    for (int c = std::fgetc(m_file); c != EOF; c = std::fgetc(m_file)) {
      text += static_cast<char>(c);
    }
    return text;
  }

private:
  std::FILE *m_file;
};

struct Terminal {
  explicit Terminal(Charset charset)
      : out(Output::Settings{stdout_.file(), stderr_.file(), charset}) {}
  Capture stdout_;
  Capture stderr_;
  Output out;
};

bool is_ascii(const std::string &text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Only Text gets printed: a std::string or an Untrusted does not compile.
template <typename T>
concept printable = requires(Output &out, const T &value) {
  out.print(value);
};
static_assert(printable<Text>);
static_assert(!printable<std::string>);
static_assert(!printable<Untrusted>);

} // namespace

TEST_CASE("human text goes to stdout, warnings and errors to stderr with their prefix") {
  Terminal t(Charset::utf8);
  t.out.print("one\n");
  t.out.print_to_stderr("beside\n");
  t.out.warning(Text(Untrusted("cannot read \x1b[2J")));
  t.out.error("no such routine");
  CHECK(t.stdout_.text() == "one\n");
  CHECK(t.stderr_.text() == "beside\n"
                            "knead: warning: cannot read \xEF\xBF\xBD[2J\n"
                            "knead: error: no such routine\n");
}

TEST_CASE("warnings held while a live screen is up are shown there, then printed after") {
  Terminal t(Charset::utf8);
  std::vector<std::string> shown;
  t.out.hold_warnings([&shown](const Text &message) { shown.push_back(message.utf8()); });
  t.out.warning("the history could not be written");
  t.out.warning_sink()("the events file is full");
  CHECK(t.stderr_.text().empty());
  CHECK(shown ==
        std::vector<std::string>{"the history could not be written", "the events file is full"});
  t.out.release_warnings();
  CHECK(t.stderr_.text() == "knead: warning: the history could not be written\n"
                            "knead: warning: the events file is full\n");
  t.out.warning("after");
  CHECK(shown.size() == 2);
  CHECK(t.stderr_.text().ends_with("knead: warning: after\n"));
}

TEST_CASE("once stdout carries data, human text goes to stderr and JSON stays on stdout") {
  Terminal t(Charset::utf8);
  t.out.give_stdout_to_data();
  t.out.print_json("{\"event\":\"session_start\"}\n");
  t.out.print("starting\n");
  t.out.human_stream() << "Question 1 of 3" << std::endl;
  CHECK(t.stdout_.text() == "{\"event\":\"session_start\"}\n");
  CHECK(t.stderr_.text() == "starting\nQuestion 1 of 3\n");
  CHECK(t.out.human_file() == t.stderr_.file());
}

TEST_CASE("where the terminal takes no UTF-8, every byte written is ASCII") {
  Terminal t(Charset::ascii);
  t.out.print("Step 1 \u00b7 left \u2192 right\u2026\n");
  t.out.print(Text(Untrusted("\xD0\x9B\x1b caf\xC3\xA9")) + "\n");
  t.out.warning(Text(Untrusted("\xC2\x9B"
                               "31m")));
  t.out.print_json("{\"title\":\"caf\xC3\xA9 \xE2\x80\xA6\"}\n");
  t.out.human_stream() << "pain 6 \u2192 4" << std::endl;
  const auto out = t.stdout_.text();
  CHECK(out == "Step 1 - left -> right...\n"
               "?? caf?\n"
               "{\"title\":\"caf\\u00e9 \\u2026\"}\n"
               "pain 6 -> 4\n");
  CHECK(t.stderr_.text() == "knead: warning: ?31m\n");
  CHECK(is_ascii(out));
}

TEST_CASE("where it takes UTF-8, text is written as it is") {
  Terminal t(Charset::utf8);
  t.out.print("\u2026 caf\u00e9\n");
  t.out.print_json("\"caf\u00e9\"\n");
  CHECK(t.stdout_.text() == "\u2026 caf\u00e9\n\"caf\u00e9\"\n");
  CHECK(t.out.render("\u2192") == "\u2192");
}

TEST_CASE("the streams sanitise what is written, even a character cut between two writes") {
  Terminal t(Charset::utf8);
  auto &stream = t.out.error_stream();
  stream << "caf\xC3";
  stream << "\xA9 \x1b[2J" << std::flush;
  stream << "and more\n";
  CHECK(t.stderr_.text() == "caf\xC3\xA9 \xEF\xBF\xBD[2Jand more\n");
}

TEST_CASE("an error to a stderr that takes nothing does not throw") {
  std::FILE *full = std::fopen("/dev/full", "w");
  REQUIRE(full != nullptr);
  {
    Output out(Output::Settings{full, full, Charset::utf8});
    CHECK_NOTHROW(out.error("cannot write to standard output"));
    CHECK_NOTHROW(out.print("lost\n"));
    out.flush();
  }
  std::fclose(full);
}

TEST_CASE("colour is off with NO_COLOR, TERM=dumb, --color never or without a terminal") {
  CHECK(use_color(ColorMode::automatic, true, nullptr, "xterm"));
  CHECK_FALSE(use_color(ColorMode::automatic, true, "1", "xterm"));
  CHECK(use_color(ColorMode::automatic, true, "", "xterm")); // NO_COLOR empty: not set
  CHECK_FALSE(use_color(ColorMode::automatic, true, nullptr, "dumb"));
  CHECK_FALSE(use_color(ColorMode::automatic, true, nullptr, nullptr));
  CHECK_FALSE(use_color(ColorMode::automatic, false, nullptr, "xterm"));
  CHECK_FALSE(use_color(ColorMode::never, true, nullptr, "xterm"));
  CHECK(use_color(ColorMode::always, false, "1", "dumb"));
}

TEST_CASE("a prompt flushed on a stream reaches the terminal before the answer is read") {
  int fds[2];
  REQUIRE(pipe2(fds, O_NONBLOCK) == 0);
  std::FILE *pipe = fdopen(fds[1], "w");
  REQUIRE(pipe != nullptr);
  {
    Output out(Output::Settings{pipe, pipe, Charset::utf8});
    out.human_stream() << "How is your pain right now? " << std::flush;
    CHECK(test::drain(fds[0]) == "How is your pain right now? ");
    out.error_stream() << "Reopen? [Y/n] " << std::flush;
    CHECK(test::drain(fds[0]) == "Reopen? [Y/n] ");
  }
  std::fclose(pipe);
  close(fds[0]);
}
