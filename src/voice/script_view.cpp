#include "voice/script_view.hpp"

#include "routine/duration.hpp"
#include "routine/timing.hpp"
#include "voice/script.hpp"

#include <chrono>

namespace knead::voice {

namespace {

constexpr std::size_t k_kind_columns = 12;

Text row(const Text &time, const Line &line) {
  return time.padded_left(5) + Text("  ") +
         Text::trusted(to_string(line.kind)).padded_right(k_kind_columns) +
         Text(Untrusted(line.text)) + Text("\n");
}

} // namespace

Text format_script(const session::Plan &plan) {
  std::chrono::seconds total{0};
  for (const auto &planned : plan.steps) {
    total += routine::step_duration(planned.step);
  }
  Text text = Text::format("Spoken script of {} ({}; a 'before' prompt waits for you and its "
                           "time is not counted)\n",
                           Untrusted(plan.routine_id), Text::trusted(routine::format_clock(total)));
  for (const auto &line : spoken_script(plan)) {
    const auto at = std::chrono::duration_cast<std::chrono::seconds>(line.at);
    text += row(Text::trusted(routine::format_clock(at)), line);
  }
  text += Text("When you pause and go on:\n");
  for (const auto &line : pause_lines(plan, 0)) {
    text += row(Text(), line);
  }
  for (const auto &planned : plan.steps) {
    if (routine::on_skin(planned.step.kind)) {
      // An ice or heat step's pause asks for the pack to come off.
      text += row(Text(), pause_lines(plan, planned.number).front());
      break;
    }
  }
  return text;
}

} // namespace knead::voice
