#include "cli/command.hpp"
#include "cli/remind_actions.hpp"
#include "remind/notification.hpp"
#include "routine/builtin.hpp"

#include <memory>

namespace knead::cli {
namespace {

struct NotifyOptions {
  std::string routine{routine::k_default_routine};
  bool if_due = false;
};

int notify(const NotifyOptions &options) {
  auto id = reminder_routine(options.routine, /*must_exist=*/true);
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
  sub->callback([&action, options] { action = [options] { return notify(*options); }; });
}

} // namespace knead::cli
