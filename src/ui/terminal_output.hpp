#pragma once

#include "util/output.hpp"

namespace knead::ui {

// The settings of the Output for this process's terminal: stdout and stderr, UTF-8
// when the locale says so (locale_is_utf8), colour by `mode` and the environment
// (use_color: a terminal on stdout, NO_COLOR, TERM), and the width of the terminal on
// stdout (80 when it is none).
Output::Settings terminal_output_settings(knead::ColorMode mode);

} // namespace knead::ui
