#include "cli/checks.hpp"
#include "cli/command.hpp"
#include "cli/remind_actions.hpp"
#include "cli/settings.hpp"
#include "history/due.hpp"
#include "remind/notification.hpp"
#include "routine/builtin.hpp"
#include "util/error.hpp"
#include "util/number.hpp"
#include "util/process.hpp"

#include <fmt/format.h>

#include <chrono>
#include <memory>
#include <thread>

namespace knead::cli {
namespace {

// How long "Snooze 30 minutes" waits before the reminder comes back.
constexpr int k_snooze_seconds = 30 * 60;

struct NotifyOptions {
  std::string routine{routine::k_default_routine};
  bool if_due = false;
  bool actions = false;
  int snooze_seconds = k_snooze_seconds; // hidden --snooze-seconds, for tests
};

// "Start now": `knead run ROUTINE` in a terminal of its own, waited for, so that the
// reminder's service (and its cgroup, which systemd ends with it) lives as long as
// the session. The terminal is the configuration's `terminal`, else Debian's
// x-terminal-emulator alternative.
int start_in_terminal(const std::string &routine, Output &out) {
  auto argv = effective_settings({}, {}, out).settings.terminal.value;
  argv.push_back(this_binary().string());
  argv.push_back("run");
  argv.push_back(routine);
  if (!process::is_available(argv.front())) {
    throw Error(fmt::format("cannot start {}: {} is not installed; name your terminal in "
                            "config.toml, such as terminal = [\"foot\", \"-e\"]",
                            routine, argv.front()));
  }
  if (!process::run(argv)) {
    throw Error(fmt::format("cannot start {}: {} could not be started", routine, argv.front()));
  }
  return 0;
}

int notify(const NotifyOptions &options, Output &out) {
  auto id = reminder_routine(options.routine, /*must_exist=*/true, out);
  const auto done = [&id] {
    return history::completed_today(id, std::chrono::system_clock::now());
  };
  // A reminder fires every day; once the routine is done, it has nothing to say.
  if (options.if_due && done()) {
    return 0;
  }
  const auto notification = remind::routine_notification(id);
  if (!options.actions) {
    remind::show_notification(notification);
    return 0;
  }
  for (;;) {
    switch (remind::ask_notification(notification)) {
    case remind::Choice::start:
      return start_in_terminal(id, out);
    case remind::Choice::snooze:
      std::this_thread::sleep_for(std::chrono::seconds(options.snooze_seconds));
      if (done()) {
        return 0; // done meanwhile: nothing to remind of
      }
      break;
    case remind::Choice::none:
      return 0;
    }
  }
}

} // namespace

void add_notify_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("notify", "send a desktop notification if a routine is due");
  auto options = std::make_shared<NotifyOptions>();
  sub->add_option("routine", options->routine, "the routine to remind you of")
      ->default_str(options->routine);
  sub->add_flag("--if-due", options->if_due,
                "stay silent when the routine was already completed today");
  sub->add_flag("--actions", options->actions,
                "add \"Start now\" (the routine in a terminal) and \"Snooze 30 minutes\", and wait "
                "for a click (what a reminder's service runs)");
  // For the tests: how long a snooze lasts. Hidden from --help.
  sub->add_option("--snooze-seconds", options->snooze_seconds)
      ->transform(whole_number("--snooze-seconds", 0, std::uint64_t{24} * 60 * 60))
      ->group("");
  sub->callback(
      [&action, options] { action = [options](Output &out) { return notify(*options, out); }; });
}

} // namespace knead::cli
