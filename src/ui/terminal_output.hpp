#pragma once

#include "util/output.hpp"

namespace knead::ui {

// How wide the text printed as lines is wrapped: the terminal's `terminal_columns`
// when stdout is one (`tty`), else `columns` (COLUMNS, as getenv gives it) when it is
// a number from 20 to 1000, else 80.
int output_width(bool tty, int terminal_columns, const char *columns);

// Whether a terminal named `term` (TERM, as getenv gives it) takes cursor movement, and
// so gets the live screen: not "dumb", and not unnamed (ninja's LinePrinter decides
// alike). Elsewhere a session prints plain lines.
bool term_moves_cursor(const char *term);

// The settings of the Output for this process's terminal: stdout and stderr, UTF-8
// when the locale says so (locale_is_utf8), colour by `mode` and the environment
// (use_color: a terminal on stdout, NO_COLOR, TERM), and the width of the terminal on
// stdout (output_width).
Output::Settings terminal_output_settings(knead::ColorMode mode);

} // namespace knead::ui
