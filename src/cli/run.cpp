// `knead run`: the pipeline from routine to summary. This file only orchestrates:
// each stage lives in the core (routine/, screening/, session/, ui/, history/), and
// each area adds its stage at the seams marked below with a small edit.
#include "cli/checks.hpp"
#include "cli/command.hpp"
#include "cli/library.hpp"
#include "cli/settings.hpp"
#include "history/pain.hpp"
#include "history/recorder.hpp"
#include "screening/screen.hpp"
#include "session/plan.hpp"
#include "ui/events_target.hpp"
#include "ui/events_writer.hpp"
#include "ui/prompt.hpp"
#include "ui/runner.hpp"
#include "ui/signals.hpp"
#include "ui/summary.hpp"
#include "ui/unblocked_stdout.hpp"
#include "util/error.hpp"
#include "util/number.hpp"
#include "util/process.hpp"
#include "voice/player.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

namespace knead::cli {

namespace {

struct RunCommandOptions {
  SettingFlags flags;  // the routine, --voice, --no-bell, …: over the configuration file
  std::string answers; // --answers FILE; empty: ask on the terminal
  ui::RunOptions run;
  int pain_before = -1; // -1: not given
  int pain_after = -1;
  bool no_history = false;
  std::string note; // --note TEXT
};

// How long the cues still playing at a session's end may go on before they are killed.
constexpr std::chrono::milliseconds k_cue_grace{2'000};

struct EndOfCues {
  bool interrupted = true;
  EndOfCues() = default;
  EndOfCues(const EndOfCues &) = delete;
  EndOfCues &operator=(const EndOfCues &) = delete;
  EndOfCues(EndOfCues &&) = delete;
  EndOfCues &operator=(EndOfCues &&) = delete;
  ~EndOfCues() {
    process::end_background(interrupted ? std::chrono::milliseconds{0} : k_cue_grace);
  }
};

std::optional<int> given_pain(int value) {
  return value >= 0 ? std::optional<int>(value) : std::nullopt;
}

void check_options(const RunCommandOptions &options, const session::Plan &plan) {
  const auto count = static_cast<int>(plan.steps.size());
  if (options.run.from_step < 1 || options.run.from_step > count) {
    throw UsageError(fmt::format("--from {} is not a step of this routine (it has {} steps)",
                                 options.run.from_step, count));
  }
}

// The configuration file, with the flags over it, into what the session takes.
void apply_settings(const config::Settings &settings, RunCommandOptions &options, Output &out) {
  auto &cues = options.run.cues;
  cues.voice = settings.voice.value;
  cues.voice_command = settings.voice_command.value;
  if (settings.voice_rate.origin != config::Origin::builtin) {
    cues.voice_rate = settings.voice_rate.value;
  }
  cues.sound = voice::parse_sound_mode(settings.sound.value).value_or(voice::SoundMode::automatic);
  cues.bell = settings.bell.value;
  cues.notify = settings.notify.value;
  options.run.hands_free = settings.hands_free.value;
  if (settings.color.value != "auto") {
    out.set_color(settings.color.value == "always");
  }
}

// The files `--events` must never name: the history and SQLite's files beside it
// (with --no-history too: the file is still someone's history).
std::vector<std::filesystem::path> history_files() {
  try {
    const auto db = history::default_history_path();
    return {db, db.string() + "-wal", db.string() + "-shm"};
  } catch (const Error &) {
    return {}; // no HOME: there is no history to protect
  }
}

// The routine to run; when the configuration named it, a failure to load says so.
routine::Routine load_routine(const config::Setting<std::string> &name,
                              const config::ConfigPlace &place, Output &out) {
  if (name.origin != config::Origin::file || !place.path) {
    return make_library(out).load(name.value);
  }
  try {
    return make_library(out).load(name.value);
  } catch (const Error &e) {
    throw Error(fmt::format("{} (the routine set in {}, line {})", e.what(), place.path->string(),
                            name.line),
                e.exit_code());
  }
}

int run_command(RunCommandOptions options, const GlobalOptions &global, Output &out) {
  if (options.run.events_path == "-") {
    out.give_stdout_to_data(); // the events; everything for the person goes to stderr
  }
  // A pipe's reader that stops reading must not freeze the session: what does not fit
  // is dropped, with one warning at the end.
  const ui::UnblockedStdout unblocked_stdout(out);
  const auto effective = effective_settings(options.flags, global, out);
  apply_settings(effective.settings, options, out);

  const auto &routine_name = effective.settings.routine.value;
  const routine::Routine routine = load_routine(effective.settings.routine, effective.place, out);

  session::Plan plan = session::make_plan(routine);
  check_options(options, plan); // before the questions: a typo costs no answers
  // The events file is checked and opened before anything is recorded (a folder left
  // a phantom `abandoned` row) and before the questions; never over the history.
  std::optional<ui::EventsWriter> events;
  if (!options.run.events_path.empty()) {
    ui::check_events_target(options.run.events_path, history_files());
    events.emplace(options.run.events_path, out);
    options.run.events = &*events;
  }
  // Chimes written and speech rendered while the questions are asked.
  const auto prepared = ui::prepare_cues(options.run.cues, plan, out.warning_sink());
  options.run.prepared = prepared.get();

  // ---- Screening: the answers come from --answers FILE or the terminal. A stop
  // has been explained to the person; nothing else happens. Otherwise the plan
  // has steps skipped (step_skipped events carry the question id) and cautions
  // attached (the engine shows each just before its step). `screened.answers` and
  // `screening::outcome_word(screened)` are what the history keeps.
  history::Recorder recorder(
      options.no_history ? std::nullopt : std::optional(std::filesystem::path()),
      [] { return std::chrono::system_clock::now(); }, out.warning_sink());
  screening::ScreenOptions screen_options;
  if (!options.answers.empty()) {
    screen_options.answers_file = options.answers;
  }
  screen_options.last_check_file = screening::default_last_check_file();
  screen_options.now = std::chrono::system_clock::now();
  screen_options.routine_name = routine_name;
  // The questions are asked only on a terminal: here, not in the core, is where
  // that is known. Without one, screening needs --answers and no pain is asked.
  ui::LineAsker terminal_asker(
      std::cin, out.human_stream(), [&out] { return out.width(); }, out.charset());
  Asker *asker = isatty(STDIN_FILENO) == 1 ? &terminal_asker : nullptr;
  const screening::Decision screened = screening::screen(
      routine, screen_options, asker,
      [&out](const Text &text) {
        out.print_wrapped(text);
        out.flush();
      },
      out.warning_sink());
  if (screened.stopped()) {
    if (events) {
      // Scripts following --events see why nothing started.
      events->screening_stop(screening::to_string(screened.stop->tier), screened.stop->ids);
    }
    recorder.stopped(history::make_session_start(
        routine, std::nullopt, screening::outcome_word(screened), screened.answers));
    return exit_code::k_stopped;
  }
  plan = screened.plan;

  // ---- Seam: history, before. Ask the pain rating, open the store and start the
  // session record ("running"); the record hears every event through an EventSink
  // added to `sinks`. A history that cannot be written must not stop the session.
  Asker *pain_asker = options.no_history ? nullptr : asker;
  const auto pain_before = history::pain_rating(given_pain(options.pain_before), pain_asker);
  auto start = history::make_session_start(routine, pain_before, screening::outcome_word(screened),
                                           screened.answers);
  start.speed = options.run.speed; // a faster session is kept, not counted
  recorder.begin(plan, start);
  std::vector<session::EventSink *> sinks{&recorder};

  // No cue outlives the session: what still plays at the end (the last chime, "Session
  // complete") has a moment to finish, then it is killed; after a signal it goes at
  // once. Declared before the hold, so that it runs after the hold is released.
  EndOfCues end_of_cues;
  // From the session's end until the row and the summary are written, a signal waits
  // (a closing terminal sends SIGHUP twice), then ends knead as it would have.
  ui::SignalHold hold;
  options.run.hold_at_end = &hold;
  const ui::RunResult result = ui::run_session(plan, options.run, sinks, out);
  end_of_cues.interrupted = result.totals.outcome == session::Outcome::interrupted;

  // ---- Seam: history, after. Finish the record with result.totals.outcome (and the
  // totals), then ask the pain rating after (not after Ctrl-C: the person wants out).
  recorder.finish(result.totals.outcome);

  // The terminal may be gone (SIGHUP) or the reader of stdout: a summary nobody can see
  // must not replace the session's exit code (Output never throws for a failed write).
  out.print_wrapped(ui::format_summary(result.totals) + "\n");
  out.flush();
  hold.release();
  if (!result.error.empty()) {
    throw Error(result.error); // after the summary: "knead: error: …", exit 1
  }
  if (result.totals.outcome != session::Outcome::interrupted) {
    const auto pain_after = history::pain_rating(given_pain(options.pain_after), pain_asker);
    recorder.pain_after(pain_after);
    if (auto advice = history::worse_after_advice(pain_before, pain_after)) {
      out.print_wrapped(Text::format("\n{}\n", *advice));
      out.flush();
      recorder.advice(std::string(*advice));
    }
    // A note for the diary: given, or offered on a terminal when the rating after was
    // asked there too (a script that gives its ratings as flags is asked nothing).
    if (!options.note.empty()) {
      recorder.note(options.note);
    } else if (pain_asker != nullptr && options.pain_after < 0) {
      if (auto line = pain_asker->ask_line("A note for your diary? One line, Enter to skip: ")) {
        if (line->size() <= 1000) {
          recorder.note(*line);
        }
      }
    }
  }
  if (events) {
    events->drain(); // a reader that stopped reading is given up here, with a warning
  }
  if (events && events->failed() && result.exit_code == exit_code::k_ok) {
    return exit_code::k_error; // the warning was given when the write failed
  }
  return result.exit_code;
}

} // namespace

void add_run_command(CLI::App &app, Action &action, GlobalOptions &global) {
  auto options = std::make_shared<RunCommandOptions>();
  auto *sub =
      app.add_subcommand("run", "screen the person, then run a routine (default: lower-back)");
  sub->add_option("routine", options->flags.routine,
                  "routine id or file (default: lower-back, or the configuration's routine)");
  sub->add_flag("--plain", options->run.plain,
                "lines instead of the live screen, for screen readers (default when stdout is not "
                "a terminal)");
  sub->add_option("--events", options->run.events_path,
                  "write every event as JSON Lines to FILE ('-' for stdout)")
      ->type_name("FILE");
  sub->add_option("--speed", options->run.speed, "run time X times faster (0 < X <= 1000)")
      ->type_name("X")
      ->check(positive_decimal("--speed", 1000));
  sub->add_option("--answers", options->answers,
                  "answers to the safety questions, from 'knead questions --template'")
      ->type_name("FILE");
  sub->add_option("--from", options->run.from_step, "start at step N")
      ->type_name("N")
      ->transform(whole_number("--from", 1, number::k_max_whole));
  add_setting_flags(*sub, options->flags);
  add_color_option(*sub, global);
  sub->add_option("--pain-before", options->pain_before,
                  "pain right now, 0 (none) to 10 (worst imaginable), instead of asking")
      ->type_name("N")
      ->transform(whole_number("--pain-before", 0, 10));
  sub->add_option("--pain-after", options->pain_after,
                  "pain at the end, 0 to 10, instead of asking")
      ->type_name("N")
      ->transform(whole_number("--pain-after", 0, 10));
  sub->add_option("--note", options->note, "a note for the diary, instead of asking at the end")
      ->type_name("TEXT")
      ->check([](const std::string &text) -> std::string {
        if (text.find_first_of("\n\r") != std::string::npos || text.size() > 1000) {
          return "a note is one line of at most 1000 bytes";
        }
        return "";
      });
  sub->add_flag("--no-history", options->no_history,
                "record nothing of this session (and ask no pain ratings)");
  sub->callback([&action, options, &global] {
    action = [options, &global](Output &out) { return run_command(*options, global, out); };
  });
}

} // namespace knead::cli
