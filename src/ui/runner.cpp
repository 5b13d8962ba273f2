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
#include "ui/terminal_output.hpp"
#include "util/process.hpp"
#include "util/sanitize.hpp"
#include "voice/script.hpp"

#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <optional>

namespace knead::ui {

namespace {

// What the environment says about this session: the one place that asks isatty, and
// whether TERM takes cursor movement; the locale, NO_COLOR and colour by TERM are the
// Output's.
TerminalSetup find_terminal(const RunOptions &options, Output &out) {
  TerminalSetup setup;
  setup.keyboard = is_terminal(STDIN_FILENO);
  const bool stdout_tty = is_terminal(STDOUT_FILENO);
  setup.live = !options.plain && setup.keyboard && stdout_tty && options.events_path != "-" &&
               term_moves_cursor(std::getenv("TERM"));
  setup.color = setup.live && out.color();
  setup.charset = out.charset();
  setup.bell = stdout_tty;
  setup.out = &out; // plain lines go where the Output sends text for the person
  return setup;
}

// While the live screen is up, warnings (a history that cannot be written, an events
// file that is full) go on a line of the screen instead of over it, and are printed
// again on the normal screen once it has gone.
class HeldWarnings {
public:
  HeldWarnings(Output &out, bool live) : m_out(out), m_live(live) {
    if (m_live) {
      m_out.hold_warnings([this](const Text &message) { m_latest = message; });
    }
  }
  HeldWarnings(const HeldWarnings &) = delete;
  HeldWarnings &operator=(const HeldWarnings &) = delete;
  HeldWarnings(HeldWarnings &&) = delete;
  HeldWarnings &operator=(HeldWarnings &&) = delete;
  ~HeldWarnings() {
    if (m_live) {
      m_out.release_warnings();
    }
  }
  [[nodiscard]] Text latest() const { return m_latest; }

private:
  Output &m_out;
  bool m_live;
  Text m_latest;
};

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
  std::optional<EventsWriter> own_events; // first: a file that cannot be written stops here
  EventsWriter *events = options.events;
  if (events == nullptr && !options.events_path.empty()) {
    own_events.emplace(options.events_path, out);
    events = &*own_events;
  }
  TotalsRecorder totals;
  fan.add(&totals);
  std::optional<PlainFrontEnd> plain;
  if (!setup.live) {
    plain.emplace(out, PlainContext{static_cast<int>(plan.steps.size()), lead_in}, plan);
    fan.add(&*plain);
  }
  // From here on a signal ends the session as interrupted instead of killing knead
  // with its history row left `running` (the wait for the rendering below takes up to
  // k_render_wait). It outlives the terminal below, so that a signal during the
  // restore is still caught.
  SignalPipe signals;
  std::unique_ptr<PreparedCues> own_prepared;
  PreparedCues *prepared = options.prepared;
  if (prepared == nullptr) {
    own_prepared = prepare_cues(options.cues, plan, out.warning_sink());
    prepared = own_prepared.get();
  }
  CueSetup cue_setup = prepared->setup;
  if (auto *renderer = prepared->renderer.get()) {
    // Screening may have skipped steps or swapped in an alternative since.
    std::vector<std::string> phrases;
    for (const auto &phrase : voice::phrases_of(plan)) {
      phrases.push_back(sanitize_text(phrase));
    }
    if (lead_in) {
      phrases.push_back(voice::countdown_text(*lead_in));
    }
    renderer->render(phrases);
    // Before the session's time starts, not during it: answers from a file leave the
    // renderer no time, and a phrase not rendered is spoken late or guessed long.
    renderer->wait_idle(k_render_wait);
    cue_setup.rendered = [renderer](const std::string &text) { return renderer->find(text); };
  }
  CuePorts ports{
      [bell = setup.bell] {
        if (bell) {
          write_all(STDOUT_FILENO, "\a");
        }
      },
      [](const std::vector<std::string> &argv) { return process::spawn_background(argv); },
      [](int pid) { return process::has_exited(pid); }, [](int pid) { process::kill_child(pid); }};
  session::RealClock clock(options.speed);
  CuePlayer cues(plan, options.cues, std::move(cue_setup), std::move(ports), clock, options.speed,
                 out.warning_sink());
  // The cues hear each event before the events file does: a chime's `cue` line comes
  // just before its event's, and `session_end` stays the file's last line.
  fan.add(&cues);
  if (events != nullptr) {
    cues.set_report(events);
    fan.add(events);
  }
  for (auto *sink : extra_sinks) {
    fan.add(sink);
  }

  RunResult result;
  {
    // The terminal (raw mode, the live screen) is restored when this block ends, before
    // the caller prints the summary; the warnings held meanwhile are printed after that.
    HeldWarnings warnings(out, setup.live);
    RealTerminal terminal(STDIN_FILENO, STDOUT_FILENO, setup);
    RealWaiter waiter(clock, setup.keyboard ? STDIN_FILENO : -1, signals.fd());
    session::Engine engine(plan, clock, fan, session::EngineOptions{options.from_step, lead_in});
    LoopOptions loop_options;
    loop_options.speed = options.speed;
    loop_options.after_wake = [&cues, &engine] {
      process::reap_finished();
      cues.pump(engine.next_deadline());
    };
    loop_options.also_wake_at = [&cues] { return cues.next_wake(); };
    loop_options.latest_warning = [&warnings] { return warnings.latest(); };
    SessionLoop loop(engine, clock, waiter, terminal, std::move(loop_options));
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
