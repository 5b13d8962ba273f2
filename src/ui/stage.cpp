#include "ui/stage.hpp"

#include <array>
#include <cstddef>

namespace knead::ui {

namespace {

// In enum order. The fills are one column each and all different, in UTF-8 and in
// ASCII: with NO_COLOR the bar's pattern still tells the stages apart.
constexpr std::array<StageLook, 11> k_looks = {{
    {"GET READY", Hue::yellow, "\u2590", "+"},
    {"PRESS IN", Hue::magenta, "\u2593", ">"},
    {"HOLD", Hue::green, "\u2588", "#"},
    {"RELEASE", Hue::cyan, "\u2592", "<"},
    {"SWITCH SIDES", Hue::bright_yellow, "\u259a", "~"},
    {"REST", Hue::white, "\u2581", "_"},
    {"ICE", Hue::blue, "\u2584", "*"},
    {"HEAT", Hue::red, "\u2580", "^"},
    {"CIRCLE", Hue::bright_green, "\u259e", "o"},
    {"", Hue::yellow, "\u258c", "="},
    {"DONE", Hue::green, "\u2588", "#"},
}};

} // namespace

const StageLook &look_of(Stage stage) {
  return k_looks[static_cast<std::size_t>(stage)];
}

} // namespace knead::ui
