#pragma once

#include "session/clock.hpp"
#include "session/event.hpp"
#include "session/plan.hpp"
#include "util/output.hpp"

#include <optional>
#include <vector>

namespace knead::ui {

// What a plain line needs besides the event.
struct PlainContext {
  int step_count = 0;
  // Set when `before` prompts confirm themselves (no keyboard): the lead-in.
  std::optional<session::Ms> lead_in;
};

// The one line plain mode prints for `event` (without a newline), or an empty
// text for events it does not show. Pure.
Text format_plain_line(const session::Event &event, const PlainContext &context);

// The lines that follow `event`'s own, from the step in `plan`: where and how after
// a step starts, the step's cues when its hold (or first circle) starts on each side.
// What the live screen shows beside the countdown, so that plain mode, read by a
// screen reader, carries it too. Each is one line (line breaks in the routine's text
// become spaces), indented as a phase is. Pure.
std::vector<Text> plain_step_lines(const session::Event &event, const session::Plan &plan);

// Plain mode: lines, no cursor movement; for logs, pipes and screen readers. For each
// event its line (format_plain_line) and those plain_step_lines adds, each with the
// session time, printed and flushed on `out`.
class PlainFrontEnd final : public session::EventSink {
public:
  PlainFrontEnd(Output &out, PlainContext context, const session::Plan &plan)
      : m_out(out), m_context(context), m_plan(plan) {}
  void on_event(const session::Event &event) override;

private:
  Output &m_out;
  PlainContext m_context;
  const session::Plan &m_plan;
};

} // namespace knead::ui
