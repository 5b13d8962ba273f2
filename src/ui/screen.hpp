#pragma once

#include "session/engine.hpp"
#include "ui/keys.hpp"
#include "ui/terminal.hpp"
#include "util/text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace knead::ui {

// Everything the live screen shows.
struct ScreenModel {
  Text routine_title;
  int step_count = 0;
  int step_number = 0; // of the current step, 0 when none
  Text step_title;
  Text where;
  Text how;
  Text before; // the waiting prompt's text
  Text next_title;
  std::vector<Text> cautions; // of the current step
  Text guidance;              // how hard to press, for a pressing step
  Text skin_note;             // an ice or heat step's time on the skin, or what to do now
  bool skin_alert = false;    // the note asks for something now (check the skin, lift it)
  session::EngineState state;
  Overlay overlay = Overlay::none;
  bool lead_in = false; // the prompt confirms itself (no keyboard)
};

// How a line is coloured: the live writer maps tones to colours (or none).
enum class Tone { normal, dim, title, accent, big, warning };

struct ScreenLine {
  Text text;
  Tone tone = Tone::normal;
  bool operator==(const ScreenLine &) const = default;
};

// The whole screen for `model` at `size`: exactly size.rows lines, none wider than
// size.columns. Lays out everything when there is room and drops the less important
// parts first (blank lines, how, where, the large countdown, …) on small terminals,
// down to a title and a countdown on a 20x5. Without `utf8`, every line is already in
// ASCII (Text::in), so that it is measured as the terminal will show it. Pure: tested
// without a terminal.
std::vector<ScreenLine> render_screen(const ScreenModel &model, Size size, bool utf8 = true);

// When the countdowns on screen next change (session time): the next whole second of
// the time left in the phase, since every countdown shown moves with it. Nothing
// while paused, finished, or at a prompt without a lead-in. Pure.
std::optional<session::Ms> next_redraw(const session::EngineState &state, session::Ms now);

// A progress bar `columns` wide, `fraction` (0..1) of it filled.
std::string progress_bar(double fraction, int columns, bool utf8 = true);

} // namespace knead::ui
