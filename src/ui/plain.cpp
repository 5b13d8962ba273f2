#include "ui/plain.hpp"

#include "routine/duration.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

namespace knead::ui {

namespace {

using session::EventKind;

std::string clock_text(session::Ms time) {
  return routine::format_clock(std::chrono::duration_cast<std::chrono::seconds>(time));
}

std::string side_text(routine::Side side) {
  return side == routine::Side::both ? "" : fmt::format(" ({} side)", routine::to_string(side));
}

std::string body(const session::Event &event, const PlainContext &context) {
  const auto title = sanitize_for_terminal(event.title);
  const auto text = sanitize_for_terminal(event.text);
  const auto length = clock_text(event.duration);
  switch (event.kind) {
  case EventKind::session_start:
    return fmt::format("starting: {}", title);
  case EventKind::caution:
    return fmt::format("caution for step {}: {}", event.step, text);
  case EventKind::before_prompt:
    if (context.lead_in) {
      return fmt::format("before step {}: {} (starting in {})", event.step, text,
                         clock_text(*context.lead_in));
    }
    return fmt::format("before step {}: {} (press Enter when ready)", event.step, text);
  case EventKind::step_start:
    if (!text.empty()) {
      // Pressure guidance, on the same line: one line per event.
      return fmt::format("step {}/{}: {} - {}", event.step, context.step_count, title, text);
    }
    return fmt::format("step {}/{}: {}", event.step, context.step_count, title);
  case EventKind::alternative:
    return fmt::format("step {}/{} runs its alternative: {} ({}: {})", event.step,
                       context.step_count, title, sanitize_for_terminal(event.reason), text);
  case EventKind::skin_check:
  case EventKind::skin_limit:
    return fmt::format("  {}", text);
  case EventKind::press:
    return fmt::format("  press in{} {}", side_text(event.side), length);
  case EventKind::hold:
    return fmt::format("  hold{} {}", side_text(event.side), length);
  case EventKind::rep:
    return fmt::format("  repetition {}{} {}", event.rep, side_text(event.side), length);
  case EventKind::side_switch:
    return fmt::format("  switch to the {} side", routine::to_string(event.side));
  case EventKind::release:
    return fmt::format("  release gradually{} {}", side_text(event.side), length);
  case EventKind::step_end:
    if (event.reason == "skin_limit") {
      return fmt::format("  done: {} (20 minutes on the skin)", title);
    }
    return fmt::format("  done: {}", title);
  case EventKind::step_skipped:
    if (event.reason == "next") {
      return fmt::format("step {}/{} skipped: {}", event.step, context.step_count, title);
    }
    return fmt::format("step {}/{} skipped: {} ({}{}{})", event.step, context.step_count, title,
                       sanitize_for_terminal(event.reason), text.empty() ? "" : ": ", text);
  case EventKind::paused:
    return text.empty() ? "paused" : fmt::format("paused. {}", text);
  case EventKind::resumed:
    return "resumed";
  case EventKind::adjusted:
    return fmt::format("  {}{} s", event.adjust.count() >= 0 ? "+" : "-",
                       std::abs(event.adjust.count()) / 1000);
  case EventKind::back:
    return fmt::format("back to step {}: {}", event.step, title);
  case EventKind::restart:
    return fmt::format("restarting step {}: {}", event.step, title);
  case EventKind::quit:
    return "quit";
  case EventKind::session_end:
    if (event.reason == "completed") {
      return "session complete";
    }
    return fmt::format("session ended: {}", sanitize_for_terminal(event.reason));
  }
  return "";
}

} // namespace

std::string format_plain_line(const session::Event &event, const PlainContext &context) {
  return fmt::format("[{}] {}", clock_text(event.t), body(event, context));
}

void PlainFrontEnd::on_event(const session::Event &event) {
  fmt::print(m_out, "{}\n", format_plain_line(event, m_context));
  std::fflush(m_out);
}

} // namespace knead::ui
