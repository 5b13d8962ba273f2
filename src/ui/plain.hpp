#pragma once

#include "session/clock.hpp"
#include "session/event.hpp"
#include "util/output.hpp"

#include <optional>

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

// Plain mode: one line per event, no cursor movement; for logs, pipes and screen
// readers. Each line is printed and flushed on `out`.
class PlainFrontEnd final : public session::EventSink {
public:
  PlainFrontEnd(Output &out, PlainContext context) : m_out(out), m_context(context) {}
  void on_event(const session::Event &event) override;

private:
  Output &m_out;
  PlainContext m_context;
};

} // namespace knead::ui
