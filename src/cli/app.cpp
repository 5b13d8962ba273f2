#include "cli/app.hpp"

#include "cli/checks.hpp"
#include "cli/command.hpp"
#include "cli/usage.hpp"
#include "knead_version.hpp"
#include "ui/terminal_output.hpp"
#include "util/error.hpp"
#include "util/exit_code.hpp"
#include "util/output.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <system_error>

namespace knead::cli {
namespace {

// Error messages quote what the person gave (a routine name, a file, an option's
// value), so the whole message is untrusted.
void print_error(Output &out, const char *message) {
  out.error(Text(Untrusted(message)));
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
int finish_output(Output &out, int code) {
  out.flush();
  if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0) {
    return code;
  }
  const int error = errno;
  if (stdout_reader_gone()) {
    return code;
  }
  out.error(Text::format("cannot write to standard output: {}", std::strerror(error)));
  return code == exit_code::k_ok ? exit_code::k_error : code;
}

// A command line that cannot be used: the sentence, the hint, and the help that
// explains the command the person was typing. Exit 2.
int print_usage_problem(Output &out, const UsageProblem &problem) {
  print_error(out, problem.message.c_str());
  if (!problem.hint.empty()) {
    out.print_to_stderr(Text::format("  hint: {}\n", Untrusted(problem.hint)));
  }
  if (problem.command == "knead") {
    out.print_to_stderr("Run 'knead --help' for the commands and options.\n");
  } else {
    out.print_to_stderr(
        Text::format("Run '{} --help' for its options.\n", Text::trusted(problem.command)));
  }
  return exit_code::k_usage;
}

ColorMode color_mode(const std::string &name) {
  static const std::map<std::string, ColorMode> k_modes = {{"", ColorMode::automatic},
                                                           {"auto", ColorMode::automatic},
                                                           {"always", ColorMode::always},
                                                           {"never", ColorMode::never}};
  return k_modes.at(name);
}

void build_command_tree(CLI::App &app, Action &action, GlobalOptions &global) {
  app.set_version_flag(
      "--version", std::string("knead " KNEAD_VERSION "\n"
                               "Copyright (c) 2026 The knead authors\n"
                               "MIT License: you may use, copy, change and share knead; the "
                               "full text is in " KNEAD_INSTALL_DATADIR "/doc/knead/copyright.\n"
                               "knead is self-care guidance, not medical advice."));
  app.require_subcommand(0, 1);
  app.fallthrough(false);
  add_color_option(app, global);
  add_run_command(app, action, global);
  add_list_command(app, action);
  add_show_command(app, action);
  add_check_command(app, action);
  add_new_command(app, action);
  add_edit_command(app, action);
  add_points_command(app, action);
  add_questions_command(app, action);
  add_log_command(app, action);
  add_note_command(app, action);
  add_stats_command(app, action);
  add_history_command(app, action);
  add_report_command(app, action);
  add_due_command(app, action);
  add_notify_command(app, action);
  add_remind_command(app, action);
  add_status_command(app, action);
  add_completions_command(app, action);
  add_config_command(app, action, global);
}

} // namespace

void add_color_option(CLI::App &app, GlobalOptions &options) {
  app.add_option("--color", options.color, "colour: auto, always or never")
      ->check(one_of("--color", {"auto", "always", "never"}));
}

namespace {

// Outside a session (a safety question, the pain rating) the terminal is in its
// ordinary line mode and nothing needs restoring, so the ending signals keep their
// default action, except that Ctrl-\ (SIGQUIT) and SIGXCPU would also dump core:
// knead did not crash, so they end it with exit 128 + N and no core file, as they do
// during a session. Only _exit(): nothing else is safe in a handler.
void end_without_core(int number) {
  ::_exit(128 + number);
}

void end_without_core_on_quit() {
  for (const int number : {SIGQUIT, SIGXCPU}) {
    struct sigaction previous {};
    // An inherited SIG_IGN stays ignored, as during a session.
    if (::sigaction(number, nullptr, &previous) == 0 && previous.sa_handler == SIG_DFL) {
      std::signal(number, end_without_core);
    }
  }
}

} // namespace

int run_app(int argc, char **argv) {
  end_without_core_on_quit();
  // A closed pipe (`knead log | head -1`) must end quietly, not kill us mid-write:
  // writes then fail with EPIPE and output stops.
  std::signal(SIGPIPE, SIG_IGN);
  // Likewise a file over `ulimit -f` (the history, --events): the write fails with
  // EFBIG and is reported as a failed write (a warning), instead of SIGXFSZ killing a
  // session half-recorded.
  std::signal(SIGXFSZ, SIG_IGN);
  // Before any output, so that every byte written goes through it. The colour is
  // settled once --color is parsed.
  Output out(ui::terminal_output_settings(ColorMode::automatic));

  CLI::App app{"knead: guided self-massage and acupressure routines for back pain", "knead"};
  Action action;
  GlobalOptions global;
  try {
    build_command_tree(app, action, global);
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp &e) {
    return finish_output(out, app.exit(e, out.human_stream(), out.error_stream()));
  } catch (const CLI::CallForAllHelp &e) {
    return finish_output(out, app.exit(e, out.human_stream(), out.error_stream()));
  } catch (const CLI::CallForVersion &e) {
    return finish_output(out, app.exit(e, out.human_stream(), out.error_stream()));
  } catch (const CLI::ParseError &e) {
    // CLI11 uses 100-127 for parse errors; our contract says usage errors are 2.
    return print_usage_problem(out, describe_parse_error(e, app));
  } catch (const CommandLineError &e) {
    // A value refused by one of our checks (cli/checks.hpp), already in our words.
    return print_usage_problem(out, {e.what(), e.hint(), chosen_command(app, e.option())});
  } catch (const Error &e) {
    print_error(out, e.what());
    return e.exit_code();
  }
  if (const auto mode = color_mode(global.color); mode != ColorMode::automatic) {
    out.set_color(mode == ColorMode::always);
  }

  int code = exit_code::k_ok;
  try {
    code = action ? action(out) : print_bare_help(app, out);
  } catch (const Error &e) {
    print_error(out, e.what());
    return e.exit_code();
  } catch (const std::system_error &e) {
    // A write that failed leaves stdout's error flag set: judged below with the rest
    // of the output.
    if (std::ferror(stdout) == 0) {
      print_error(out, e.what());
      return exit_code::k_error;
    }
  } catch (const std::exception &e) {
    print_error(out, e.what());
    return exit_code::k_error;
  }
  return finish_output(out, code);
}

} // namespace knead::cli
