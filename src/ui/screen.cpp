#include "ui/screen.hpp"

#include "routine/duration.hpp"
#include "ui/block_font.hpp"
#include "ui/text_layout.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace knead::ui {

namespace {

using session::Ms;

// A part of the screen: its lines and how much it matters when space is short
// (higher is kept longer).
struct Block {
  std::vector<ScreenLine> lines;
  int priority = 0;
};

// Whole seconds left as a person reads a countdown: 1.2 s left shows 0:02.
std::string countdown_text(Ms left) {
  const auto seconds = std::chrono::seconds{(left.count() + 999) / 1000};
  return routine::format_clock(seconds);
}

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
  switch (state.phase->kind) {
  case session::PhaseKind::press:
    label = "PRESS IN";
    break;
  case session::PhaseKind::hold:
    label = "HOLD";
    break;
  case session::PhaseKind::rep:
    label = Text::format("REPETITION {}", state.phase->rep);
    break;
  case session::PhaseKind::release:
    label = "RELEASE GRADUALLY";
    break;
  }
  if (state.phase->side != routine::Side::both) {
    label += Text::format(" \u00b7 {} side", routine::to_string(state.phase->side));
  }
  return label;
}

double done_fraction(Ms left, Ms length) {
  if (length.count() <= 0) {
    return 0.0;
  }
  return std::clamp(1.0 - static_cast<double>(left.count()) / static_cast<double>(length.count()),
                    0.0, 1.0);
}

ScreenLine bar_line(const char *name, Ms left, Ms length, int columns, bool utf8) {
  const auto tail = fmt::format(" {} left", countdown_text(left));
  const auto head = fmt::format("{:<8}", name);
  const int width =
      columns - static_cast<int>(utf8::width(head)) - static_cast<int>(utf8::width(tail));
  if (width < 4) {
    return {Text::trusted(fmt::format("{}{}", name, tail)), Tone::dim};
  }
  return {Text::trusted(head + progress_bar(done_fraction(left, length), width, utf8) + tail),
          Tone::dim};
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
  static std::array<Wrapping, 8> remembered;
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

// `text` after `label`, wrapped to `columns` as the terminal shows it (`utf8`).
Block wrapped(const Text &label, const Text &text, int columns, int max_lines, int priority,
              bool utf8) {
  Block block{{}, priority};
  if (text.empty()) {
    return block;
  }
  const auto charset = utf8 ? Charset::utf8 : Charset::ascii;
  // Wrapping cuts sanitised text only between characters, so each line stays safe.
  auto lines = wrap_remembered((label + text).in(charset).utf8(), columns);
  if (static_cast<int>(lines.size()) > max_lines) {
    lines.resize(static_cast<std::size_t>(max_lines));
    // Cut short: the last line says so.
    lines.back() = (Text::trusted(lines.back()) + " \u2026")
                       .truncated(static_cast<std::size_t>(columns), charset)
                       .utf8();
  }
  for (auto &line : lines) {
    block.lines.push_back({Text::trusted(line), Tone::normal});
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

std::vector<Block> layout(const ScreenModel &model, Size size, bool utf8) {
  const int columns = size.columns;
  const auto charset = utf8 ? Charset::utf8 : Charset::ascii;
  const auto &state = model.state;
  std::vector<Block> blocks;
  const auto blank = [] { return Block{{{Text(), Tone::normal}}, 0}; };
  Text header = model.routine_title;
  if (model.step_number > 0) {
    const auto position = Text::format("step {}/{}", model.step_number, model.step_count);
    const int room = columns - static_cast<int>(position.width()) - 2;
    if (room > 8) {
      const auto width = static_cast<std::size_t>(room);
      header = header.truncated(width, charset).padded_right(width) + "  " + position;
    } else {
      header = position;
    }
  }
  blocks.push_back({{{header, Tone::dim}}, 3});
  blocks.push_back(blank());
  blocks.push_back({{{model.step_title, Tone::title}}, 9});
  for (const auto &caution : model.cautions) {
    blocks.push_back(wrapped("Caution: ", caution, columns, 2, 8, utf8));
    blocks.back().lines.front().tone = Tone::warning;
  }
  blocks.push_back(wrapped("", model.skin_note, columns, 2, 8, utf8));
  for (auto &line : blocks.back().lines) {
    line.tone = model.skin_alert ? Tone::warning : Tone::dim;
  }
  blocks.push_back(wrapped("Where: ", model.where, columns, 3, 4, utf8));
  blocks.push_back(wrapped("How: ", model.how, columns, 3, 2, utf8));
  blocks.push_back(wrapped("", model.guidance, columns, 2, 7, utf8));
  blocks.push_back(blank());
  if (state.waiting) {
    auto label = phase_label(model);
    if (state.phase_left.count() > 0) {
      // Hands-free: the prompt goes on by itself; a key still starts it sooner.
      label += Text::format("  starting in {}", Text::trusted(countdown_text(state.phase_left)));
    }
    blocks.push_back({{{label, Tone::accent}}, 10});
    blocks.push_back(wrapped("", model.before, columns, 4, 9, utf8));
  } else {
    auto label = phase_label(model);
    label += Text::format("  {}", Text::trusted(countdown_text(state.phase_left)));
    if (state.paused) {
      label += "  PAUSED";
    }
    blocks.push_back({{{label, state.paused ? Tone::warning : Tone::accent}}, 10});
    const auto digits = countdown_text(state.phase_left);
    const int scale = block_width(digits, 2) <= columns ? 2 : 1;
    if (block_width(digits, scale) <= columns) {
      Block big{{}, 5};
      for (auto &row : render_block_text(digits, scale, utf8)) {
        big.lines.push_back(
            {Text::trusted(centre(row, columns)), state.paused ? Tone::dim : Tone::big});
      }
      blocks.push_back(std::move(big));
    }
  }
  blocks.push_back(blank());
  blocks.push_back({{bar_line("step", state.step_left, state.step_length, columns, utf8)}, 6});
  blocks.push_back(
      {{bar_line("session", state.session_left, state.session_length, columns, utf8)}, 7});
  if (!model.next_title.empty()) {
    blocks.push_back({{{"Next: " + model.next_title, Tone::normal}}, 5});
  }
  return blocks;
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

std::string progress_bar(double fraction, int columns, bool utf8) {
  const int inner = std::max(0, columns - 2);
  const int filled = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * inner));
  std::string bar = "[";
  for (int i = 0; i < inner; ++i) {
    bar += i < filled ? (utf8 ? "\u2588" : "#") : (utf8 ? "\u2591" : "-");
  }
  return bar + "]";
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
    // Drop the least important block (the later one on a tie) until the rest fit.
    while (line_count(blocks) > room && !blocks.empty()) {
      auto least = blocks.begin();
      for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        if (it->priority <= least->priority) {
          least = it;
        }
      }
      blocks.erase(least);
    }
    for (auto &block : blocks) {
      for (auto &line : block.lines) {
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
    line.text = line.text.truncated(static_cast<std::size_t>(size.columns), charset);
  }
  return lines;
}

} // namespace knead::ui
