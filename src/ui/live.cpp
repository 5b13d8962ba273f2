#include "ui/live.hpp"

#include "routine/duration.hpp"
#include "session/guidance.hpp"
#include "session/skin.hpp"
#include "util/untrusted.hpp"

#include <fmt/color.h>
#include <fmt/format.h>

#include <string_view>

namespace knead::ui {

namespace {

constexpr std::string_view k_enter = "\x1b[?1049h\x1b[?25l\x1b[2J";
constexpr std::string_view k_leave = "\x1b[0m\x1b[?25h\x1b[?1049l";

// How long a skin check stays on screen after its reminder.
constexpr session::Ms k_check_shown{30'000};

// An ice or heat step's line: lift the pack off while paused, the skin check for a
// while after each reminder, otherwise the time on the skin against the limit.
void set_skin_note(ScreenModel &model, routine::StepKind kind) {
  const auto &time = model.state.skin_time;
  if (!time) {
    return;
  }
  model.skin_alert = true;
  if (model.state.paused) {
    model.skin_note = Text::format("{}", session::skin_pause_text(kind));
  } else if (*time >= session::k_skin_check_every &&
             *time % session::k_skin_check_every < k_check_shown) {
    model.skin_note = Text::format("{}", session::skin_check_text(kind));
  } else {
    model.skin_alert = false;
    const auto clock = [](session::Ms t) {
      return Text::trusted(
          routine::format_clock(std::chrono::duration_cast<std::chrono::seconds>(t)));
    };
    model.skin_note =
        Text::format("On the skin {} ({} at most); check it every {} minutes", clock(*time),
                     clock(session::k_skin_limit), session::k_skin_check_every.count() / 60'000);
  }
}

} // namespace

Stage stage_of(const session::EngineState &state, routine::StepKind kind) {
  if (state.finished) {
    return Stage::done;
  }
  if (state.waiting || !state.phase) {
    return Stage::before;
  }
  switch (state.phase->kind) {
  case session::PhaseKind::ready:
    return Stage::get_ready;
  case session::PhaseKind::press:
    return Stage::press;
  case session::PhaseKind::rep:
    return Stage::circle;
  case session::PhaseKind::release:
    return Stage::release;
  case session::PhaseKind::hold:
    break;
  }
  switch (kind) {
  case routine::StepKind::ice:
    return Stage::ice;
  case routine::StepKind::heat:
    return Stage::heat;
  case routine::StepKind::rest:
    return Stage::rest;
  case routine::StepKind::press:
  case routine::StepKind::reps:
  case routine::StepKind::roll:
    break;
  }
  return Stage::hold;
}

ScreenModel make_screen_model(const session::Plan &plan, const session::EngineState &state,
                              Overlay overlay, bool lead_in, const ScreenModel *previous) {
  ScreenModel model;
  model.step_count = static_cast<int>(plan.steps.size());
  model.overlay = overlay;
  model.lead_in = lead_in;
  if (previous != nullptr && previous->state.step_index == state.step_index &&
      previous->state.next_index == state.next_index &&
      previous->state.finished == state.finished) {
    // The same steps as the screen before: its texts are already made.
    model.routine_title = previous->routine_title;
    model.step_number = previous->step_number;
    model.step_title = previous->step_title;
    model.where = previous->where;
    model.how = previous->how;
    model.before = previous->before;
    model.cautions = previous->cautions;
    model.guidance = previous->guidance;
    model.next_title = previous->next_title;
    model.reps = previous->reps;
    model.figure = previous->figure;
    model.state = state;
    if (state.step_index >= 0) {
      const auto kind = plan.steps[static_cast<std::size_t>(state.step_index)].step.kind;
      model.stage = stage_of(state, kind);
      set_skin_note(model, kind);
    } else {
      model.stage = stage_of(state, routine::StepKind::press);
    }
    return model;
  }
  model.routine_title = Text(Untrusted(plan.routine_title));
  model.state = state;
  if (state.step_index >= 0) {
    const auto &planned = plan.steps[static_cast<std::size_t>(state.step_index)];
    model.step_number = planned.number;
    model.step_title = Text(Untrusted(planned.step.title));
    model.where = Text(Untrusted(planned.step.where));
    model.how = Text(Untrusted(planned.step.how));
    model.before = Text(Untrusted(planned.step.before));
    if (!planned.swap_reason.empty()) {
      model.cautions.push_back(Text::format("{} in place of {}: {}", Untrusted(planned.step.title),
                                            Untrusted(planned.replaced_title),
                                            Untrusted(planned.swap_explanation)));
    }
    for (const auto &caution : planned.cautions) {
      model.cautions.emplace_back(Untrusted(caution));
    }
    model.guidance = Text::format("{}", session::pressure_guidance(planned.step.kind));
    model.reps = planned.step.reps;
    model.stage = stage_of(state, planned.step.kind);
    set_skin_note(model, planned.step.kind);
  } else {
    model.stage = stage_of(state, routine::StepKind::press);
    if (state.finished) {
      model.step_title = "Session complete";
    }
  }
  if (state.next_index >= 0) {
    model.next_title =
        Text(Untrusted(plan.steps[static_cast<std::size_t>(state.next_index)].step.title));
  }
  return model;
}

LiveScreen::LiveScreen(int fd, bool color, Charset charset)
    : m_fd(fd), m_color(color), m_charset(charset) {
  resume();
}

LiveScreen::~LiveScreen() {
  suspend();
}

void LiveScreen::suspend() {
  if (m_active) {
    write_all(m_fd, k_leave);
    m_active = false;
  }
}

void LiveScreen::resume() {
  if (!m_active) {
    write_all(m_fd, k_enter);
    m_active = true;
    m_shown.clear();
  }
}

void LiveScreen::invalidate() {
  m_shown.clear();
  write_all(m_fd, "\x1b[2J");
}

namespace {

fmt::terminal_color colour_of(Hue hue) {
  switch (hue) {
  case Hue::yellow:
    return fmt::terminal_color::yellow;
  case Hue::magenta:
    return fmt::terminal_color::magenta;
  case Hue::green:
  case Hue::none:
    return fmt::terminal_color::green;
  case Hue::cyan:
    return fmt::terminal_color::cyan;
  case Hue::bright_yellow:
    return fmt::terminal_color::bright_yellow;
  case Hue::white:
    return fmt::terminal_color::white;
  case Hue::blue:
    return fmt::terminal_color::bright_blue;
  case Hue::red:
    return fmt::terminal_color::red;
  case Hue::bright_green:
    return fmt::terminal_color::bright_green;
  }
  return fmt::terminal_color::green;
}

// `text` in `tone` (and `hue`, for the phase's parts), as escape sequences.
std::string in_colour(const std::string &text, Tone tone, Hue hue) {
  fmt::text_style style;
  switch (tone) {
  case Tone::normal:
    return text;
  case Tone::dim:
    style = fmt::fg(fmt::terminal_color::bright_black);
    break;
  case Tone::title:
    style = fmt::emphasis::bold;
    break;
  case Tone::accent:
    style = fmt::fg(hue == Hue::none ? fmt::terminal_color::cyan : colour_of(hue)) |
            fmt::emphasis::bold;
    break;
  case Tone::big:
    style = fmt::fg(colour_of(hue));
    break;
  case Tone::label:
    style = fmt::fg(colour_of(hue)) | fmt::emphasis::bold;
    break;
  case Tone::warning:
    style = fmt::fg(fmt::terminal_color::yellow) | fmt::emphasis::bold;
    break;
  }
  return fmt::format(style, "{}", text);
}

} // namespace

std::string styled_line(const ScreenLine &line, bool color, Charset charset) {
  // The one place the screen's text becomes bytes: in the terminal's charset.
  std::string text = line.text.in(charset).utf8();
  if (color && !text.empty()) {
    text = in_colour(text, line.tone, line.hue);
  }
  if (line.aside_column > 0 && !line.aside.empty()) {
    // The figure beside the text, from its own column.
    auto aside = line.aside.in(charset).utf8();
    if (color) {
      aside = in_colour(aside, line.aside_tone, Hue::none);
    }
    text += fmt::format("\x1b[K\x1b[{}G{}", line.aside_column + 1, aside);
  }
  return text;
}

std::string LiveScreen::styled(const ScreenLine &line) const {
  return styled_line(line, m_color, m_charset);
}

void LiveScreen::draw(const std::vector<ScreenLine> &lines) {
  if (!m_active) {
    return;
  }
  std::string out;
  for (std::size_t row = 0; row < lines.size(); ++row) {
    if (row < m_shown.size() && m_shown[row] == lines[row]) {
      continue;
    }
    out += fmt::format("\x1b[{};1H{}\x1b[K", row + 1, styled(lines[row]));
  }
  if (!out.empty()) {
    write_all(m_fd, out);
  }
  m_shown = lines;
}

} // namespace knead::ui
