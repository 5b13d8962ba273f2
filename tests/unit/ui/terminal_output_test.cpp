#include "ui/terminal_output.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

using namespace knead;

namespace {

// Sets an environment variable for one test and puts it back.
class ScopedEnv {
public:
  ScopedEnv(const char *name, const char *value) : m_name(name) {
    if (const char *old = std::getenv(name)) {
      m_old = old;
    }
    setenv(name, value, 1);
  }
  ScopedEnv(const ScopedEnv &) = delete;
  ScopedEnv &operator=(const ScopedEnv &) = delete;
  ScopedEnv(ScopedEnv &&) = delete;
  ScopedEnv &operator=(ScopedEnv &&) = delete;
  ~ScopedEnv() {
    if (m_old) {
      setenv(m_name, m_old->c_str(), 1);
    } else {
      unsetenv(m_name);
    }
  }

private:
  const char *m_name;
  std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("the terminal's Output takes its charset from the locale") {
  {
    const ScopedEnv locale("LC_ALL", "C");
    CHECK(ui::terminal_output_settings(ColorMode::automatic).charset == Charset::ascii);
  }
  {
    const ScopedEnv locale("LC_ALL", "C.UTF-8");
    const auto settings = ui::terminal_output_settings(ColorMode::always);
    CHECK(settings.charset == Charset::utf8);
    CHECK(settings.color);
    CHECK(settings.width > 0);
  }
}

TEST_CASE("the live screen needs a terminal that takes cursor movement") {
  CHECK(ui::term_moves_cursor("xterm-256color"));
  CHECK(ui::term_moves_cursor("screen"));
  CHECK_FALSE(ui::term_moves_cursor("dumb"));
  CHECK_FALSE(ui::term_moves_cursor(""));
  CHECK_FALSE(ui::term_moves_cursor(nullptr));
}
