#pragma once

#include "util/output.hpp"

namespace knead::ui {

// How wide the text printed as lines is wrapped: the terminal's `terminal_columns`
// when stdout is one (`tty`), else `columns` (COLUMNS, as getenv gives it) when it is
// a number from 20 to 1000, else 80.
int output_width(bool tty, int terminal_columns, const char *columns);

// The settings of the Output for this process's terminal: stdout and stderr, UTF-8
// when the locale says so (locale_is_utf8), colour by `mode` and the environment
// (use_color: a terminal on stdout, NO_COLOR, TERM), and the width of the terminal on
// stdout (output_width).
Output::Settings terminal_output_settings(knead::ColorMode mode);

} // namespace knead::ui
