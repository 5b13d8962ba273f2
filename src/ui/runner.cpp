#include "ui/runner.hpp"

#include "session/engine.hpp"
#include "session/real_clock.hpp"
#include "ui/events_writer.hpp"
#include "ui/fan_out.hpp"
#include "ui/plain.hpp"
#include "ui/real_terminal.hpp"
#include "ui/real_waiter.hpp"
#include "ui/session_loop.hpp"
#include "ui/signals.hpp"
#include "ui/terminal.hpp"
#include "util/process.hpp"

#include <unistd.h>

#include <optional>

namespace knead::ui {

namespace {

// What the environment says about this session: the one place that asks isatty;
// the locale, NO_COLOR and TERM are the Output's.
TerminalSetup find_terminal(const RunOptions &options, Output &out) {
  TerminalSetup setup;
  setup.keyboard = is_terminal(STDIN_FILENO);
  const bool stdout_tty = is_terminal(STDOUT_FILENO);
  setup.live = !options.plain && setup.keyboard && stdout_tty && options.events_path != "-";
  setup.color = setup.live && out.color();
  setup.charset = out.charset();
  setup.bell = stdout_tty;
  setup.out = &out; // plain lines go where the Output sends text for the person
  return setup;
}

// The speech program: the person's voice_command when it is installed, else espeak-ng
// or spd-say; nothing without --voice.
std::optional<std::string> speaker_for(const CueOptions &cues) {
  if (!cues.voice) {
    return std::nullopt;
  }
  if (!cues.voice_command.empty()) {
    const auto &program = cues.voice_command.front();
    return process::is_available(program) ? std::optional(program) : std::nullopt;
  }
  return choose_speaker(process::is_available);
}

} // namespace

RunResult run_session(const session::Plan &plan, const RunOptions &options,
                      const std::vector<session::EventSink *> &extra_sinks, Output &out) {
  const TerminalSetup setup = find_terminal(options, out);
  // Nobody can press Enter, or the person asked not to need to: `before` prompts
  // confirm themselves after a lead-in.
  const auto lead_in = setup.keyboard && !options.hands_free
                           ? std::nullopt
                           : std::optional<session::Ms>(k_before_lead_in);

  FanOut fan;
  std::optional<EventsWriter> events; // first: a file that cannot be written stops here
  if (!options.events_path.empty()) {
    events.emplace(options.events_path, out);
    fan.add(&*events);
  }
  TotalsRecorder totals;
  fan.add(&totals);
  std::optional<PlainFrontEnd> plain;
  if (!setup.live) {
    plain.emplace(out, PlainContext{static_cast<int>(plan.steps.size()), lead_in}, plan);
    fan.add(&*plain);
  }
  CuePlayer cues(
      options.cues,
      [bell = setup.bell] {
        if (bell) {
          write_all(STDOUT_FILENO, "\a");
        }
      },
      [](const std::vector<std::string> &argv) { return process::spawn_detached(argv); },
      speaker_for(options.cues), out.warning_sink());
  fan.add(&cues);
  for (auto *sink : extra_sinks) {
    fan.add(sink);
  }

  RunResult result;
  {
    // The terminal (raw mode, the live screen) is restored when this block ends, before
    // the caller prints the summary; the signal pipe outlives it, so that a signal
    // during the restore is still caught.
    SignalPipe signals;
    session::RealClock clock(options.speed);
    RealTerminal terminal(STDIN_FILENO, STDOUT_FILENO, setup);
    RealWaiter waiter(clock, setup.keyboard ? STDIN_FILENO : -1, signals.fd());
    session::Engine engine(plan, clock, fan, session::EngineOptions{options.from_step, lead_in});
    SessionLoop loop(engine, clock, waiter, terminal, {options.speed, process::reap_finished});
    clock.restart();
    const LoopEnd end = loop.run();
    if (options.hold_at_end != nullptr) {
      options.hold_at_end->hold();
    }
    result.totals = totals.totals;
    const auto state = engine.state();
    result.totals.outcome = engine.outcome();
    result.totals.step_count = static_cast<int>(plan.steps.size());
    result.totals.steps_done = state.steps_done;
    result.totals.steps_skipped = state.steps_skipped;
    result.exit_code = end.exit_code;
    result.error = end.error;
  }
  return result;
}

} // namespace knead::ui
