#pragma once

#include "session/engine.hpp"
#include "ui/keys.hpp"
#include "ui/stage.hpp"
#include "ui/terminal.hpp"
#include "util/text.hpp"

#include <optional>
#include <string>
#include <string_view>
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
  Text warning;               // the last warning during the session (Output::hold_warnings)
  session::EngineState state;
  Stage stage = Stage::hold; // how the phase looks (stage_of, in ui/live.hpp)
  int reps = 0;              // repetitions of a reps step, for "CIRCLE 2 OF 5"
  // A small figure drawn beside the instructions (the body map), each line at most
  // figure_room(size).columns wide; empty when there is none.
  std::vector<Text> figure;
  Overlay overlay = Overlay::none;
  bool lead_in = false; // the prompt confirms itself (no keyboard)
};

// How a line is coloured: the live writer maps tones to colours (or none). `label`
// (the large phase label), `big` (the large countdown) and `accent` (the phase line)
// take the line's hue when it has one.
enum class Tone { normal, dim, title, accent, big, label, warning };

struct ScreenLine {
  Text text;
  Tone tone = Tone::normal;
  Hue hue = Hue::none;
  // Drawn from column `aside_column` on (the figure beside the instructions), in
  // `aside_tone`; `text` then stops two columns before it.
  Text aside = {};
  Tone aside_tone = Tone::normal;
  int aside_column = 0;
  bool operator==(const ScreenLine &) const = default;
};

// The room a figure beside the instructions may take at `size`: none (0 x 0) on a
// terminal too small for one beside the text and a countdown.
struct FigureRoom {
  int columns = 0;
  int rows = 0;
};
FigureRoom figure_room(Size size);

// The whole screen for `model` at `size`: exactly size.rows lines, none wider than
// size.columns. Every text is wrapped whole while there are rows for it; the rows
// the text does not need go to the large phase label and countdown, drawn at the
// largest size that fits and centred. When rows are short, long texts are cut to a
// few lines first, then the less important parts dropped (blank lines, how, the
// figure, where, the large label and countdown, …), down to a title and the phase
// line on a 20x5. Without `utf8`, every line is already in ASCII (Text::in), so that
// it is measured as the terminal will show it. Pure: tested without a terminal.
std::vector<ScreenLine> render_screen(const ScreenModel &model, Size size, bool utf8 = true);

// When the countdowns on screen next change (session time): the next whole second of
// the time left in the phase, since every countdown shown moves with it. Nothing
// while paused, finished, or at a prompt without a lead-in. Pure.
std::optional<session::Ms> next_redraw(const session::EngineState &state, session::Ms now);

// A progress bar `columns` wide, `fraction` (0..1) of it filled, with `fill` (one
// column; the full block, or '#' without `utf8`, when empty).
std::string progress_bar(double fraction, int columns, bool utf8 = true,
                         std::string_view fill = {});

} // namespace knead::ui
