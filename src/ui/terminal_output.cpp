#include "ui/terminal_output.hpp"

#include "ui/terminal.hpp"
#include "util/utf8.hpp"

#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace knead::ui {

int output_width(bool tty, int terminal_columns, const char *columns) {
  if (tty && terminal_columns > 0) {
    return terminal_columns;
  }
  if (columns != nullptr) {
    const std::string_view text(columns);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size() && value >= 20 && value <= 1000) {
      return value;
    }
  }
  return 80;
}

bool term_moves_cursor(const char *term) {
  return term != nullptr && *term != '\0' && std::string_view(term) != "dumb";
}

Output::Settings terminal_output_settings(knead::ColorMode mode) {
  Output::Settings settings;
  settings.charset = utf8::locale_is_utf8() ? Charset::utf8 : Charset::ascii;
  const bool tty = is_terminal(STDOUT_FILENO);
  settings.color = knead::use_color(mode, tty, std::getenv("NO_COLOR"), std::getenv("TERM"));
  settings.error_color = knead::use_color(mode, is_terminal(STDERR_FILENO), std::getenv("NO_COLOR"),
                                          std::getenv("TERM"));
  settings.width =
      output_width(tty, tty ? terminal_size(STDOUT_FILENO).columns : 0, std::getenv("COLUMNS"));
  if (tty) {
    settings.measure_width = [] { return terminal_size(STDOUT_FILENO).columns; };
  }
  return settings;
}

} // namespace knead::ui
