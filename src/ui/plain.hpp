#pragma once

#include "session/clock.hpp"
#include "session/event.hpp"

#include <cstdio>
#include <optional>
#include <string>

namespace knead::ui {

// What a plain line needs besides the event.
struct PlainContext {
  int step_count = 0;
  // Set when `before` prompts confirm themselves (no keyboard): the lead-in.
  std::optional<session::Ms> lead_in;
};

// The one line plain mode prints for `event` (without a newline), or an empty
// string for events it does not show. Routine text is sanitised. Pure.
std::string format_plain_line(const session::Event &event, const PlainContext &context);

// Plain mode: one line per event, no cursor movement; for logs, pipes and screen
// readers.
class PlainFrontEnd final : public session::EventSink {
public:
  PlainFrontEnd(std::FILE *out, PlainContext context) : m_out(out), m_context(context) {}
  void on_event(const session::Event &event) override;

private:
  std::FILE *m_out;
  PlainContext m_context;
};

} // namespace knead::ui
