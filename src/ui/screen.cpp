#include "ui/screen.hpp"

#include "routine/duration.hpp"
#include "ui/block_font.hpp"
#include "ui/text_layout.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

namespace knead::ui {

namespace {

using session::Ms;

// A part of the screen: its lines and how much it matters when space is short
// (higher is kept longer). `cut`, when set, is a shorter form of a long text, taken
// before anything is dropped. The big block holds the rows the large label and
// countdown need at least; they are drawn into it and the rows left over once the
// rest fits.
struct Block {
  std::vector<ScreenLine> lines;
  int priority = 0;
  std::optional<std::vector<ScreenLine>> cut = {};
  bool big = false;
  bool figure = false;       // the rows the figure needs beyond the instructions beside it
  bool instructions = false; // lines the figure may be drawn beside
};

// Whole seconds left as a person reads a countdown: 1.2 s left shows 0:02.
std::string countdown_text(Ms left) {
  const auto seconds = std::chrono::seconds{(left.count() + 999) / 1000};
  return routine::format_clock(seconds);
}

// The phase line's words: "HOLD", "CIRCLE 2 OF 5", with the side.
Text phase_label(const ScreenModel &model) {
  const auto &state = model.state;
  if (state.finished) {
    return "SESSION COMPLETE";
  }
  if (state.waiting) {
    return "BEFORE YOU START";
  }
  if (!state.phase) {
    return {};
  }
  Text label;
  if (model.stage == Stage::circle) {
    label = model.reps > 0 ? Text::format("CIRCLE {} OF {}", state.phase->rep, model.reps)
                           : Text::format("CIRCLE {}", state.phase->rep);
  } else if (model.stage == Stage::release) {
    label = "RELEASE GRADUALLY";
  } else {
    label = Text::trusted(std::string(look_of(model.stage).label));
  }
  if (state.phase->side != routine::Side::both) {
    label += Text::format(" \u00b7 {} side", routine::to_string(state.phase->side));
  }
  return label;
}

// The large label's words, in the block font's letters: "HOLD", "CIRCLE 2 OF 5".
std::string big_label(const ScreenModel &model) {
  if (model.stage == Stage::circle && model.state.phase) {
    return model.reps > 0 ? fmt::format("CIRCLE {} OF {}", model.state.phase->rep, model.reps)
                          : fmt::format("CIRCLE {}", model.state.phase->rep);
  }
  return std::string(look_of(model.stage).label);
}

double done_fraction(Ms left, Ms length) {
  if (length.count() <= 0) {
    return 0.0;
  }
  return std::clamp(1.0 - static_cast<double>(left.count()) / static_cast<double>(length.count()),
                    0.0, 1.0);
}

// " 1:23 left", padded on the left to `width` columns.
std::string bar_tail(Ms left, std::size_t width) {
  const auto tail = fmt::format(" {} left", countdown_text(left));
  return std::string(width > tail.size() ? width - tail.size() : 0, ' ') + tail;
}

// The step and session bars, one above the other: their times are padded to the
// same width, so that both bars are as long as each other. The step bar is filled
// with the stage's pattern, which tells the stages apart without colour too.
std::vector<ScreenLine> bar_lines(const ScreenModel &model, int columns, bool utf8) {
  const auto &state = model.state;
  const auto step_tail = bar_tail(state.step_left, 0);
  const auto session_tail = bar_tail(state.session_left, 0);
  const auto tail_width = std::max(step_tail.size(), session_tail.size());
  const auto &look = look_of(model.stage);
  const auto line = [&](const char *name, Ms left, Ms length, std::string_view fill) -> ScreenLine {
    const auto tail = bar_tail(left, tail_width);
    const auto head = fmt::format("{:<8}", name);
    const int width = columns - static_cast<int>(head.size() + tail.size());
    if (width < 4) {
      return {Text::trusted(fmt::format("{} {} left", name, countdown_text(left))), Tone::dim};
    }
    return {
        Text::trusted(head + progress_bar(done_fraction(left, length), width, utf8, fill) + tail),
        Tone::dim};
  };
  return {line("step", state.step_left, state.step_length, utf8 ? look.fill : look.ascii_fill),
          line("session", state.session_left, state.session_length, {})};
}

// wrap_text, remembered for the last few texts: a step's texts stay the same while
// the screen is drawn every second, and wrapping was the largest part of a redraw.
std::vector<std::string> wrap_remembered(const std::string &text, int columns) {
  struct Wrapping {
    std::string text;
    int columns = 0;
    std::vector<std::string> lines;
  };
  // NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): a cache, one thread
  static std::array<Wrapping, 16> remembered;
  static std::size_t next = 0;
  for (const auto &wrapping : remembered) {
    if (wrapping.columns == columns && wrapping.text == text) {
      return wrapping.lines;
    }
  }
  auto &slot = remembered[next++ % remembered.size()];
  slot = {text, columns, wrap_text(text, columns)};
  return slot.lines;
}

// `text` after `label`, wrapped whole to `columns` as the terminal shows it (`utf8`),
// in `tone`; cut to `max_lines` (the last line ending in "…") as its shorter form.
Block wrapped(const Text &label, const Text &text, int columns, int max_lines, int priority,
              bool utf8, Tone tone = Tone::normal) {
  Block block{{}, priority};
  if (text.empty()) {
    return block;
  }
  const auto charset = utf8 ? Charset::utf8 : Charset::ascii;
  // Wrapping cuts sanitised text only between characters, so each line stays safe.
  const auto lines = wrap_remembered((label + text).in(charset).utf8(), columns);
  for (const auto &line : lines) {
    block.lines.push_back({Text::trusted(line), tone});
  }
  if (static_cast<int>(lines.size()) > max_lines) {
    auto cut = block.lines;
    cut.resize(static_cast<std::size_t>(max_lines));
    // Cut short: the last line says so.
    cut.back().text =
        (cut.back().text + " \u2026").truncated(static_cast<std::size_t>(columns), charset);
    block.cut = std::move(cut);
  }
  return block;
}

// The last line: the quit question, or the keys that work now (ui/keys.hpp's table).
Text hints(const ScreenModel &model, int columns, bool utf8) {
  if (model.overlay == Overlay::confirm_quit) {
    return Text::format("{}", k_quit_question);
  }
  if (model.state.waiting && !model.lead_in) {
    return Text::trusted(key_hints(HintContext::prompt, columns, utf8));
  }
  return Text::trusted(
      key_hints(model.state.paused ? HintContext::paused : HintContext::running, columns, utf8));
}

// What the large part of the screen shows: a label and a countdown, or (for circles,
// whose seconds stay small) the count alone.
struct BigPart {
  std::string label;
  std::string digits; // empty: no large countdown
};

std::optional<BigPart> big_part(const ScreenModel &model) {
  const auto &state = model.state;
  if (state.waiting) {
    return std::nullopt;
  }
  if (state.finished) {
    return BigPart{big_label(model), {}};
  }
  if (!state.phase) {
    return std::nullopt;
  }
  if (model.stage == Stage::circle) {
    return BigPart{big_label(model), {}};
  }
  return BigPart{big_label(model), countdown_text(state.phase_left)};
}

// "CIRCLE 2 OF 5" as "2 OF 5", for a terminal too narrow for the whole label.
std::string short_count(const std::string &label) {
  const auto space = label.find(' ');
  return label.starts_with("CIRCLE ") && space != std::string::npos ? label.substr(space + 1)
                                                                    : label;
}

bool model_count_width(const std::string &label, int columns) {
  return block_width(short_count(label), 1) <= columns;
}

// The fewest rows the large part takes: its countdown (or its label alone) at the
// smallest scale; nothing when even that is too wide.
int big_minimum(const BigPart &big, int columns, bool utf8) {
  const auto &main = big.digits.empty() ? big.label : big.digits;
  if (block_width(main, 1) <= columns) {
    return block_size(main, 1, utf8).rows;
  }
  if (big.digits.empty() && model_count_width(big.label, columns)) {
    return block_size(short_count(big.label), 1, utf8).rows;
  }
  return 0;
}

std::vector<Block> layout(const ScreenModel &model, Size size, bool utf8) {
  const int columns = size.columns;
  const auto charset = utf8 ? Charset::utf8 : Charset::ascii;
  const auto &state = model.state;
  const auto &look = look_of(model.stage);
  std::vector<Block> blocks;
  const auto blank = [] { return Block{{{Text(), Tone::normal}}, 0}; };
  // The figure goes beside the instructions, which then wrap in the columns left of it.
  const auto room = figure_room(size);
  const bool figure = !model.figure.empty() && room.columns > 0;
  const int text_columns = figure ? columns - room.columns - 2 : columns;
  Text header = model.routine_title;
  if (model.step_number > 0) {
    const auto position = Text::format("step {}/{}", model.step_number, model.step_count);
    const int space = columns - static_cast<int>(position.width()) - 2;
    if (space > 8) {
      const auto width = static_cast<std::size_t>(space);
      header = header.truncated(width, charset).padded_right(width) + "  " + position;
    } else {
      header = position;
    }
  }
  blocks.push_back({{{header, Tone::dim}}, 3});
  blocks.push_back(blank());
  if (!model.warning.empty()) {
    blocks.push_back(wrapped("Warning: ", model.warning, columns, 2, 9, utf8, Tone::warning));
  }
  blocks.push_back(wrapped("", model.step_title, columns, 2, 9, utf8, Tone::title));
  if (blocks.back().lines.empty()) {
    blocks.back().lines.push_back({Text(), Tone::title});
  }
  const std::size_t first_instruction = blocks.size();
  for (const auto &caution : model.cautions) {
    blocks.push_back(wrapped("Caution: ", caution, text_columns, 2, 8, utf8));
    blocks.back().lines.front().tone = Tone::warning;
    if (blocks.back().cut) {
      blocks.back().cut->front().tone = Tone::warning;
    }
  }
  blocks.push_back(wrapped("", model.skin_note, text_columns, 2, 8, utf8,
                           model.skin_alert ? Tone::warning : Tone::dim));
  blocks.push_back(wrapped("Where: ", model.where, text_columns, 3, 4, utf8));
  blocks.push_back(wrapped("How: ", model.how, text_columns, 3, 2, utf8));
  blocks.push_back(wrapped("", model.guidance, text_columns, 2, 7, utf8));
  int instruction_rows = 0;
  for (auto i = first_instruction; i < blocks.size(); ++i) {
    blocks[i].instructions = true;
    instruction_rows += static_cast<int>(blocks[i].lines.size());
  }
  if (figure) {
    // The rows the figure needs below the instructions beside it; it goes before the
    // countdown when rows are short.
    const int extra = std::min<int>(room.rows, static_cast<int>(model.figure.size())) -
                      std::min(instruction_rows, room.rows);
    Block pad{{}, 4};
    pad.figure = true;
    pad.instructions = true;
    pad.lines.assign(static_cast<std::size_t>(std::max(0, extra)), {Text(), Tone::normal});
    blocks.push_back(std::move(pad));
  }
  blocks.push_back(blank());
  auto label = phase_label(model);
  if (state.waiting) {
    if (state.phase_left.count() > 0) {
      // Hands-free: the prompt goes on by itself; a key still starts it sooner.
      label += Text::format("  starting in {}", Text::trusted(countdown_text(state.phase_left)));
    }
  } else if (state.phase) {
    label += Text::format("  {}", Text::trusted(countdown_text(state.phase_left)));
    if (state.paused) {
      label += "  PAUSED";
    }
  }
  blocks.push_back(
      {{{label, state.paused ? Tone::warning : Tone::accent, state.paused ? Hue::none : look.hue}},
       10});
  if (state.waiting) {
    // What to do before the step, under the line that says so.
    blocks.push_back(wrapped("", model.before, columns, 4, 9, utf8));
  }
  if (const auto big = big_part(model)) {
    const int rows = big_minimum(*big, columns, utf8);
    if (rows > 0) {
      Block placeholder{{}, 5};
      placeholder.big = true;
      placeholder.lines.assign(static_cast<std::size_t>(rows), {Text(), Tone::normal});
      blocks.push_back(std::move(placeholder));
    }
  }
  blocks.push_back(blank());
  auto bars = bar_lines(model, columns, utf8);
  blocks.push_back({{bars[0]}, 6});
  blocks.push_back({{bars[1]}, 7});
  if (!model.next_title.empty()) {
    blocks.push_back(
        {{{("Next: " + model.next_title).truncated(static_cast<std::size_t>(columns), charset),
           Tone::normal}},
         5});
  }
  return blocks;
}

// The large label and countdown drawn in `rows` x `columns`, centred both ways: the
// countdown as large as fits with a label above it of about half its scale; a label
// alone (circles, the end) as large as fits.
std::vector<ScreenLine> draw_big(const ScreenModel &model, const BigPart &big, int rows,
                                 int columns, bool utf8) {
  const auto hue = look_of(model.stage).hue;
  const bool dim = model.state.paused;
  std::vector<ScreenLine> drawn;
  const auto add = [&](const std::string &text, int scale, Tone tone) {
    for (auto &row : render_block_text(text, scale, utf8)) {
      drawn.push_back({Text::trusted(centre(row, columns)), dim ? Tone::dim : tone, hue});
    }
  };
  if (big.digits.empty()) {
    auto text = big.label;
    int scale = fitting_scale(text, columns, rows, utf8);
    if (scale == 0) {
      text = short_count(text);
      scale = fitting_scale(text, columns, rows, utf8);
    }
    if (scale > 0) {
      add(text, scale, Tone::label);
    }
  } else {
    const int most = fitting_scale(big.digits, columns, rows, utf8);
    int digits = most;
    int label = 0;
    // The largest countdown that leaves room for a label of at least a third of its
    // scale (and at most half) above it; else the largest countdown alone.
    for (int scale = most; scale >= 1 && !big.label.empty(); --scale) {
      const int left = rows - block_size(big.digits, scale, utf8).rows;
      const int fits =
          left > 0 ? fitting_scale(big.label, columns, left, utf8, std::max(1, scale / 2)) : 0;
      if (fits > 0 && fits >= scale / 3) {
        digits = scale;
        label = fits;
        break;
      }
    }
    if (label > 0) {
      add(big.label, label, Tone::label);
      if (rows - block_size(big.digits, digits, utf8).rows > static_cast<int>(drawn.size())) {
        drawn.push_back({Text(), Tone::normal}); // a gap, where there is a row for it
      }
    }
    if (digits > 0) {
      add(big.digits, digits, Tone::big);
    }
  }
  const int above = std::max(0, (rows - static_cast<int>(drawn.size())) / 2);
  drawn.insert(drawn.begin(), static_cast<std::size_t>(above), ScreenLine{Text(), Tone::normal});
  drawn.resize(static_cast<std::size_t>(std::max(0, rows)), ScreenLine{Text(), Tone::normal});
  return drawn;
}

std::vector<ScreenLine> help_screen(Size size, bool utf8) {
  std::vector<ScreenLine> lines{{"Keys", Tone::title}, {Text(), Tone::normal}};
  for (const auto &line : key_help_lines(utf8)) {
    lines.push_back({Text::trusted(line), Tone::normal});
  }
  lines.push_back({Text(), Tone::normal});
  lines.push_back({"any key: back to the session", Tone::dim});
  lines.resize(static_cast<std::size_t>(std::min<int>(size.rows, static_cast<int>(lines.size()))));
  return lines;
}

std::size_t line_count(const std::vector<Block> &blocks) {
  std::size_t count = 0;
  for (const auto &block : blocks) {
    count += block.lines.size();
  }
  return count;
}

// Makes `blocks` fit in `room` lines: the long texts cut to their shorter form first
// (the least important first), then whole blocks dropped (the least important, the
// later one on a tie).
void fit(std::vector<Block> &blocks, std::size_t room) {
  while (line_count(blocks) > room) {
    auto shortest = blocks.end();
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
      if (it->cut && (shortest == blocks.end() || it->priority < shortest->priority)) {
        shortest = it;
      }
    }
    if (shortest == blocks.end()) {
      break;
    }
    shortest->lines = std::move(*shortest->cut);
    shortest->cut.reset();
  }
  // Each block remembers where it stood, so that one dropped can come back there.
  std::vector<std::pair<std::size_t, Block>> kept;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    kept.emplace_back(i, std::move(blocks[i]));
  }
  std::vector<std::pair<std::size_t, Block>> dropped;
  const auto count = [&kept] {
    std::size_t lines = 0;
    for (const auto &entry : kept) {
      lines += entry.second.lines.size();
    }
    return lines;
  };
  while (count() > room && !kept.empty()) {
    auto least = kept.begin();
    for (auto it = kept.begin(); it != kept.end(); ++it) {
      if (it->second.priority <= least->second.priority) {
        least = it;
      }
    }
    dropped.push_back(std::move(*least));
    kept.erase(least);
  }
  // A large block dropped may have left room for a smaller, less important one: put
  // back, most important first, each dropped block that fits now.
  std::stable_sort(dropped.begin(), dropped.end(), [](const auto &a, const auto &b) {
    return a.second.priority > b.second.priority;
  });
  for (auto &entry : dropped) {
    if (count() + entry.second.lines.size() <= room) {
      const auto at = std::find_if(kept.begin(), kept.end(),
                                   [&entry](const auto &k) { return k.first > entry.first; });
      kept.insert(at, std::move(entry));
    }
  }
  blocks.clear();
  for (auto &entry : kept) {
    blocks.push_back(std::move(entry.second));
  }
}

} // namespace

std::optional<Ms> next_redraw(const session::EngineState &state, Ms now) {
  if (!state.started || state.finished || state.paused) {
    return std::nullopt;
  }
  if (state.waiting && state.phase_left.count() <= 0) {
    return std::nullopt;
  }
  const auto left = state.phase_left.count();
  if (left <= 0) {
    return std::nullopt;
  }
  // The shown value is ceil(left / 1000) s; it drops when `left` reaches the next
  // lower multiple of 1000.
  return now + Ms{(left - 1) % 1000 + 1};
}

std::string progress_bar(double fraction, int columns, bool utf8, std::string_view fill) {
  const int inner = std::max(0, columns - 2);
  const int filled = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * inner));
  if (fill.empty()) {
    fill = utf8 ? "\u2588" : "#";
  }
  const std::string_view empty = utf8 ? "\u2591" : "-";
  std::string bar = "[";
  for (int i = 0; i < inner; ++i) {
    bar += i < filled ? fill : empty;
  }
  return bar + "]";
}

FigureRoom figure_room(Size size) {
  // Beside the text, with at least 50 columns left for it, and rows enough that the
  // countdown keeps its room.
  if (size.columns >= 100 && size.rows >= 30) {
    return {std::min(40, size.columns / 4), std::min(16, size.rows / 3)};
  }
  if (size.columns >= 76 && size.rows >= 20) {
    return {24, 8};
  }
  return {};
}

std::vector<ScreenLine> render_screen(const ScreenModel &model, Size size, bool utf8) {
  size.columns = std::max(1, size.columns);
  size.rows = std::max(1, size.rows);
  std::vector<ScreenLine> lines;
  if (model.overlay == Overlay::help) {
    lines = help_screen(size, utf8);
  } else {
    auto blocks = layout(model, size, utf8);
    const ScreenLine hint{hints(model, size.columns, utf8),
                          model.overlay == Overlay::confirm_quit ? Tone::warning : Tone::dim};
    const auto room = static_cast<std::size_t>(size.rows - 1);
    fit(blocks, room);
    // The rows nobody needs go to the large label and countdown.
    const auto spare = static_cast<int>(room - std::min(room, line_count(blocks)));
    const auto big = big_part(model);
    const auto figure = figure_room(size);
    // The figure is drawn only while its rows are kept.
    const bool figure_kept =
        std::any_of(blocks.begin(), blocks.end(), [](const Block &block) { return block.figure; });
    std::size_t figure_line = 0;
    for (auto &block : blocks) {
      if (block.big && big) {
        block.lines =
            draw_big(model, *big, static_cast<int>(block.lines.size()) + spare, size.columns, utf8);
      }
      for (auto &line : block.lines) {
        if (figure_kept && block.instructions && figure_line < model.figure.size() &&
            static_cast<int>(figure_line) < figure.rows) {
          line.aside = model.figure[figure_line++];
          line.aside_column = size.columns - figure.columns;
        }
        lines.push_back(std::move(line));
      }
    }
    if (size.rows == 1) {
      lines.clear();
    }
    lines.resize(static_cast<std::size_t>(size.rows - 1));
    lines.push_back(hint);
  }
  lines.resize(static_cast<std::size_t>(size.rows));
  // In the terminal's charset before cutting: in ASCII "→" takes two columns.
  const auto charset = utf8 ? Charset::utf8 : Charset::ascii;
  for (auto &line : lines) {
    if (line.aside_column > 0) {
      const auto before = static_cast<std::size_t>(std::max(0, line.aside_column - 2));
      line.text = line.text.truncated(before, charset);
      line.aside = line.aside.in(charset).truncated(
          static_cast<std::size_t>(size.columns - line.aside_column), charset);
    } else {
      line.text = line.text.truncated(static_cast<std::size_t>(size.columns), charset);
    }
  }
  return lines;
}

} // namespace knead::ui
