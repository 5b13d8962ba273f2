#include "cli/command.hpp"
#include "cli/remind_actions.hpp"

#include <memory>

namespace knead::cli {

void add_remind_command(CLI::App &app, Action &action) {
  auto *remind =
      app.add_subcommand("remind", "manage daily reminders (systemd user timers or cron)");
  remind->require_subcommand(1);

  auto add_options = std::make_shared<RemindAddOptions>();
  auto *add = remind->add_subcommand("add", "remind you every day (a systemd user timer)");
  add->add_option("routine", add_options->routine, "the routine to remind you of")
      ->default_str(add_options->routine);
  add->add_option("--at", add_options->at, "time of day, HH:MM (24-hour clock)")
      ->required()
      ->type_name("HH:MM");
  add->add_option("--days", add_options->days,
                  "daily (the default), weekdays, weekends, or days such as mon-fri, sat,sun")
      ->type_name("DAYS");
  auto *print = add->add_flag("--print", add_options->print, "print the units, write nothing");
  auto *cron =
      add->add_flag("--cron", add_options->cron,
                    "print a crontab line instead (for machines without systemd); it is yours to "
                    "add with crontab -e and to remove there");
  add->add_flag("--no-enable", add_options->no_enable, "write the units but do not enable them")
      ->excludes(print)
      ->excludes(cron);
  print->excludes(cron);
  add->callback([&action, add_options] {
    action = [add_options](Output &out) { return remind_add(*add_options, out); };
  });

  auto *list = remind->add_subcommand("list", "show the reminders, their next run, and if enabled");
  auto list_json = std::make_shared<bool>(false);
  list->add_flag("--json", *list_json,
                 "JSON: a list of {routine, schedule, timer, enabled, next_run}");
  list->callback([&action, list_json] {
    action = [list_json](Output &out) { return remind_list(*list_json, out); };
  });

  auto remove_routine = std::make_shared<std::string>(routine::k_default_routine);
  auto *remove = remind->add_subcommand("remove", "disable and delete a reminder");
  remove->add_option("routine", *remove_routine, "the routine whose reminder to delete")
      ->default_str(*remove_routine);
  remove->callback([&action, remove_routine] {
    action = [remove_routine](Output &out) { return remind_remove(*remove_routine, out); };
  });
}

} // namespace knead::cli
