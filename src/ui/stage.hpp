#pragma once

#include <string_view>

namespace knead::ui {

// What the person is doing, as the live screen tells it apart from across a room:
// each stage has its own colour, large label and step-bar pattern, so that two
// stages differ even without colour (NO_COLOR).
enum class Stage {
  get_ready,
  press,
  hold,
  release,
  switch_sides,
  rest,
  ice,
  heat,
  circle, // one repetition of a reps step: its label is "CIRCLE n OF m"
  before, // a `before` prompt waits for the person
  done,
};

// The colours a stage is drawn in, as the terminal's basic colours.
enum class Hue {
  none,
  yellow,
  magenta,
  green,
  cyan,
  bright_yellow,
  white,
  blue,
  red,
  bright_green
};

struct StageLook {
  std::string_view label; // the large label, in capitals (circle: "CIRCLE", then the count)
  Hue hue = Hue::none;
  std::string_view fill;       // the step bar's filled cells in UTF-8
  std::string_view ascii_fill; // and without it
};

// The look of `stage`.
const StageLook &look_of(Stage stage);

} // namespace knead::ui
