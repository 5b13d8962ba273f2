#include "cli/app.hpp"

#include "cli/command.hpp"
#include "knead_version.hpp"
#include "util/error.hpp"
#include "util/exit_code.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

#include <csignal>
#include <cstdio>
#include <iostream>

namespace knead::cli {
namespace {

void print_error(std::string_view message) {
  fmt::print(stderr, "knead: error: {}\n", sanitize_for_terminal(message));
}

void build_command_tree(CLI::App &app, Action &action) {
  app.set_version_flag("--version", std::string(KNEAD_VERSION));
  app.require_subcommand(0, 1);
  app.fallthrough(false);
  add_run_command(app, action);
  add_list_command(app, action);
  add_show_command(app, action);
  add_check_command(app, action);
  add_new_command(app, action);
  add_edit_command(app, action);
  add_points_command(app, action);
  add_questions_command(app, action);
  add_log_command(app, action);
  add_stats_command(app, action);
  add_due_command(app, action);
  add_notify_command(app, action);
  add_remind_command(app, action);
  add_completions_command(app, action);
}

} // namespace

int run_app(int argc, char **argv) {
  // A closed pipe (`knead log | head -1`) must end quietly, not kill us mid-write:
  // writes then fail with EPIPE and output stops.
  std::signal(SIGPIPE, SIG_IGN);

  CLI::App app{"knead: guided self-massage and acupressure routines for back pain", "knead"};
  Action action;
  try {
    build_command_tree(app, action);
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp &e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp &e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion &e) {
    return app.exit(e);
  } catch (const CLI::ParseError &e) {
    // CLI11 uses 100-127 for parse errors; our contract says usage errors are 2.
    print_error(e.what());
    fmt::print(stderr, "Run 'knead --help' for the commands and options.\n");
    return exit_code::k_usage;
  } catch (const Error &e) {
    print_error(e.what());
    return e.exit_code();
  }

  try {
    if (!action) {
      return print_bare_help(app);
    }
    return action();
  } catch (const Error &e) {
    print_error(e.what());
    return e.exit_code();
  } catch (const std::exception &e) {
    print_error(e.what());
    return exit_code::k_error;
  }
}

} // namespace knead::cli
