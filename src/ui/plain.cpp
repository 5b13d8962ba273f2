#include "ui/plain.hpp"

#include "routine/duration.hpp"
#include "util/untrusted.hpp"

#include <fmt/format.h>

namespace knead::ui {

namespace {

using session::EventKind;

Text clock_text(session::Ms time) {
  return Text::trusted(
      routine::format_clock(std::chrono::duration_cast<std::chrono::seconds>(time)));
}

Text side_text(routine::Side side) {
  return side == routine::Side::both ? Text()
                                     : Text::format(" ({} side)", routine::to_string(side));
}

// Routine text (titles, prompts, cautions) is untrusted.
Text body(const session::Event &event, const PlainContext &context) {
  const Text title(Untrusted(event.title));
  const Text text(Untrusted(event.text));
  const auto length = clock_text(event.duration);
  switch (event.kind) {
  case EventKind::session_start:
    return Text::format("starting: {}", title);
  case EventKind::caution:
    return Text::format("caution for step {}: {}", event.step, text);
  case EventKind::before_prompt:
    if (context.lead_in) {
      return Text::format("before step {}: {} (starting in {})", event.step, text,
                          clock_text(*context.lead_in));
    }
    return Text::format("before step {}: {} (press Enter when ready)", event.step, text);
  case EventKind::step_start:
    if (!text.empty()) {
      // Pressure guidance, on the same line: one line per event.
      return Text::format("step {}/{}: {} - {}", event.step, context.step_count, title, text);
    }
    return Text::format("step {}/{}: {}", event.step, context.step_count, title);
  case EventKind::alternative:
    return Text::format("step {}/{} runs its alternative: {} ({})", event.step, context.step_count,
                        title, text);
  case EventKind::skin_check:
  case EventKind::skin_limit:
    return Text::format("  {}", text);
  case EventKind::get_ready:
    return Text::format("  get ready{} {}", side_text(event.side), length);
  case EventKind::press:
    return Text::format("  press in{} {}", side_text(event.side), length);
  case EventKind::hold:
    return Text::format("  hold{} {}", side_text(event.side), length);
  case EventKind::rep:
    return Text::format("  repetition {}{} {}", event.rep, side_text(event.side), length);
  case EventKind::side_switch:
    return Text::format("  switch to the {} side", routine::to_string(event.side));
  case EventKind::release:
    return Text::format("  release gradually{} {}", side_text(event.side), length);
  case EventKind::step_end:
    if (event.skin_limit) {
      return Text::format("  done: {} (20 minutes on the skin)", title);
    }
    return Text::format("  done: {}", title);
  case EventKind::step_skipped:
    if (session::skipped_by_person(event)) {
      return Text::format("step {}/{} skipped: {}", event.step, context.step_count, title);
    }
    // The reason is a question id, for scripts (--events); a person reads why in words.
    if (text.empty()) {
      return Text::format("step {}/{} skipped: {}", event.step, context.step_count, title);
    }
    return Text::format("step {}/{} skipped: {} ({})", event.step, context.step_count, title, text);
  case EventKind::paused:
    return text.empty() ? Text("paused") : Text::format("paused. {}", text);
  case EventKind::resumed:
    return "resumed";
  case EventKind::adjusted:
    return Text::format("  {}{} s", event.adjust.count() >= 0 ? "+" : "-",
                        std::abs(event.adjust.count()) / 1000);
  case EventKind::back:
    return Text::format("back to step {}: {}", event.step, title);
  case EventKind::restart:
    return Text::format("restarting step {}: {}", event.step, title);
  case EventKind::quit:
    return "quit";
  case EventKind::cue: // reported to the events file only; here as what was said
    return Text::format("  ({})", text);
  case EventKind::session_end:
    if (session::completed_session(event)) {
      return "session complete";
    }
    return Text::format("session ended: {}", Text::trusted(session::reason_word(event)));
  }
  return {};
}

// Routine text on one line, for a reader that reads line by line: each run of line
// breaks and spaces becomes one space.
Text one_line(const std::string &text) {
  std::string flat;
  bool space = false;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
      space = !flat.empty();
      continue;
    }
    if (space) {
      flat += ' ';
      space = false;
    }
    flat += c;
  }
  return Text(Untrusted(flat));
}

const session::PlannedStep *find_step(const session::Plan &plan, int number) {
  for (const auto &planned : plan.steps) {
    if (planned.number == number) {
      return &planned;
    }
  }
  return nullptr;
}

} // namespace

std::vector<Text> plain_step_lines(const session::Event &event, const session::Plan &plan) {
  std::vector<Text> lines;
  const auto *planned = find_step(plan, event.step);
  if (planned == nullptr) {
    return lines;
  }
  const auto &step = planned->step;
  const bool cue_moment =
      event.kind == EventKind::hold || (event.kind == EventKind::rep && event.rep == 1);
  if (event.kind == EventKind::step_start) {
    if (!step.where.empty()) {
      lines.push_back(Text::format("  where: {}", one_line(step.where)));
    }
    if (!step.how.empty()) {
      lines.push_back(Text::format("  how: {}", one_line(step.how)));
    }
  } else if (cue_moment) {
    for (const auto &cue : step.cues) {
      lines.push_back(Text::format("  cue: {}", one_line(cue)));
    }
  }
  return lines;
}

Text format_plain_line(const session::Event &event, const PlainContext &context) {
  return Text::format("[{}] {}", clock_text(event.t), body(event, context));
}

void PlainFrontEnd::on_event(const session::Event &event) {
  m_out.print(format_plain_line(event, m_context) + "\n");
  for (const auto &line : plain_step_lines(event, m_plan)) {
    m_out.print(Text::format("[{}] ", clock_text(event.t)) + line + "\n");
  }
  m_out.flush();
}

} // namespace knead::ui
