#include "ui/terminal_output.hpp"

#include "ui/terminal.hpp"
#include "util/utf8.hpp"

#include <unistd.h>

#include <cstdlib>

namespace knead::ui {

Output::Settings terminal_output_settings(knead::ColorMode mode) {
  Output::Settings settings;
  settings.charset = utf8::locale_is_utf8() ? Charset::utf8 : Charset::ascii;
  const bool tty = is_terminal(STDOUT_FILENO);
  settings.color = knead::use_color(mode, tty, std::getenv("NO_COLOR"), std::getenv("TERM"));
  settings.error_color = knead::use_color(mode, is_terminal(STDERR_FILENO), std::getenv("NO_COLOR"),
                                          std::getenv("TERM"));
  settings.width = tty ? terminal_size(STDOUT_FILENO).columns : 80;
  return settings;
}

} // namespace knead::ui
