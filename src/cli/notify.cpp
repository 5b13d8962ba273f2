#include "cli/command.hpp"
#include "cli/remind_actions.hpp"
#include "history/due.hpp"
#include "remind/notification.hpp"
#include "routine/builtin.hpp"

#include <chrono>
#include <memory>

namespace knead::cli {
namespace {

struct NotifyOptions {
  std::string routine{routine::k_default_routine};
  bool if_due = false;
};

int notify(const NotifyOptions &options, Output &out) {
  auto id = reminder_routine(options.routine, /*must_exist=*/true, out);
  // A reminder fires every day; once the routine is done, it has nothing to say.
  if (options.if_due && history::completed_today(id, std::chrono::system_clock::now())) {
    return 0;
  }
  remind::show_notification(remind::routine_notification(id));
  return 0;
}

} // namespace

void add_notify_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("notify", "send a desktop notification if a routine is due");
  auto options = std::make_shared<NotifyOptions>();
  sub->add_option("routine", options->routine, "the routine to remind you of")
      ->default_str(options->routine);
  sub->add_flag("--if-due", options->if_due,
                "stay silent when the routine was already completed today");
  sub->callback(
      [&action, options] { action = [options](Output &out) { return notify(*options, out); }; });
}

} // namespace knead::cli
