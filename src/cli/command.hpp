#pragma once

#include "util/output.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace knead::cli {

// What parsing leaves behind: the chosen subcommand's work, printing through the
// one Output and returning an exit code. Each subcommand file adds its CLI::App,
// binds options into a plain struct, and from its callback sets the action that
// runs the core with that struct.
using Action = std::function<int(Output &)>;

// The options that belong to every command, bound at the top level.
struct GlobalOptions {
  std::string color; // --color auto|always|never; empty when not given
};

// Adds `--color` to `app`, bound to `options`: at the top level, and again on the
// commands that colour (run), so it can follow the command too.
void add_color_option(CLI::App &app, GlobalOptions &options);

void add_list_command(CLI::App &app, Action &action);
void add_show_command(CLI::App &app, Action &action);
void add_check_command(CLI::App &app, Action &action);
void add_new_command(CLI::App &app, Action &action);
void add_edit_command(CLI::App &app, Action &action);
void add_points_command(CLI::App &app, Action &action);
void add_run_command(CLI::App &app, Action &action, GlobalOptions &global);
void add_questions_command(CLI::App &app, Action &action);
void add_log_command(CLI::App &app, Action &action);
// `log edit` and `log delete`, under `log`.
void add_log_change_commands(CLI::App &log, Action &action);
void add_note_command(CLI::App &app, Action &action);
void add_history_command(CLI::App &app, Action &action);
void add_report_command(CLI::App &app, Action &action);
void add_stats_command(CLI::App &app, Action &action);
void add_due_command(CLI::App &app, Action &action);
void add_notify_command(CLI::App &app, Action &action);
void add_remind_command(CLI::App &app, Action &action);
void add_status_command(CLI::App &app, Action &action);
void add_completions_command(CLI::App &app, Action &action);
void add_config_command(CLI::App &app, Action &action, GlobalOptions &global);

// Bare `knead`: a short help that also lists the routines found.
int print_bare_help(const CLI::App &app, Output &out);

} // namespace knead::cli
