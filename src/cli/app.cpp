#include "cli/app.hpp"

#include "cli/command.hpp"
#include "knead_version.hpp"
#include "util/error.hpp"
#include "util/exit_code.hpp"
#include "util/sanitize.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <system_error>

namespace knead::cli {
namespace {

// Never throws: stderr may be gone too (a closed terminal, 2>/dev/full), and an
// exception from here, inside a catch block, would abort instead of exiting.
void print_error(std::string_view message) {
  std::fputs(fmt::format("knead: error: {}\n", sanitize_for_terminal(message)).c_str(), stderr);
}

// True when stdout is a pipe whose reader has gone (`knead log | head -1`).
bool stdout_reader_gone() {
  pollfd out{STDOUT_FILENO, POLLOUT, 0};
  return poll(&out, 1, 0) == 1 && (out.revents & POLLERR) != 0;
}

// Flushes stdout and judges any write that failed. A reader that stopped early did
// not want the rest: that is no error, so `set -o pipefail` scripts and `head` get
// along with knead (exit `code`, nothing on stderr). Any other failure, such as a
// full disk, loses output the person asked for: one line and exit 1.
int finish_output(int code) {
  if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0) {
    return code;
  }
  const int error = errno;
  if (stdout_reader_gone()) {
    return code;
  }
  print_error(fmt::format("cannot write to standard output: {}", std::strerror(error)));
  return code == exit_code::k_ok ? exit_code::k_error : code;
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
  // Before any output: in a locale without UTF-8 every printed text is ASCII.
  set_terminal_utf8(utf8::locale_is_utf8());

  CLI::App app{"knead: guided self-massage and acupressure routines for back pain", "knead"};
  Action action;
  try {
    build_command_tree(app, action);
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp &e) {
    return finish_output(app.exit(e));
  } catch (const CLI::CallForAllHelp &e) {
    return finish_output(app.exit(e));
  } catch (const CLI::CallForVersion &e) {
    return finish_output(app.exit(e));
  } catch (const CLI::ParseError &e) {
    // CLI11 uses 100-127 for parse errors; our contract says usage errors are 2.
    print_error(e.what());
    std::fputs("Run 'knead --help' for the commands and options.\n", stderr);
    return exit_code::k_usage;
  } catch (const Error &e) {
    print_error(e.what());
    return e.exit_code();
  }

  int code = exit_code::k_ok;
  try {
    code = action ? action() : print_bare_help(app);
  } catch (const Error &e) {
    print_error(e.what());
    return e.exit_code();
  } catch (const std::system_error &e) {
    // fmt::print writes a long output at once and throws when that fails; with
    // stdout's error flag set, it is judged below with the rest of the output.
    if (std::ferror(stdout) == 0) {
      print_error(e.what());
      return exit_code::k_error;
    }
  } catch (const std::exception &e) {
    print_error(e.what());
    return exit_code::k_error;
  }
  return finish_output(code);
}

} // namespace knead::cli
