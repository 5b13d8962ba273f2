#include "ui/summary.hpp"

#include "routine/duration.hpp"

#include <fmt/format.h>

namespace knead::ui {

void TotalsRecorder::on_event(const session::Event &event) {
  if (event.kind == session::EventKind::session_end) {
    totals.reason = session::reason_word(event);
    totals.time = event.t;
    totals.paused = event.paused;
  }
}

Text format_summary(const SessionTotals &totals) {
  const auto seconds = [](session::Ms time) {
    return Text::trusted(
        routine::format_clock(std::chrono::duration_cast<std::chrono::seconds>(time)));
  };
  Text head;
  switch (totals.outcome) {
  case session::Outcome::completed:
    head = "Session complete";
    break;
  case session::Outcome::quit:
    head = "Session ended early";
    break;
  case session::Outcome::stopped:
    head = "Session stopped";
    break;
  case session::Outcome::interrupted:
    head = Text::format("Session interrupted ({})", Untrusted(totals.reason));
    break;
  }
  return Text::format("{}: {} of {} {} done, {} skipped; {} in all, {} paused.", head,
                      totals.steps_done, totals.step_count,
                      totals.step_count == 1 ? "step" : "steps", totals.steps_skipped,
                      seconds(totals.time), seconds(totals.paused));
}

} // namespace knead::ui
