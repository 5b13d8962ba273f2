#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_remind_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("remind", "manage daily reminders (systemd user timers or cron)");
  sub->allow_extras();
  sub->callback([&action] {
    action = []() -> int { throw Error("'knead remind' is not implemented yet"); };
  });
}

} // namespace knead::cli
