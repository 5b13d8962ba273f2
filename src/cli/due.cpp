#include "history/due.hpp"

#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/name.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <chrono>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>

namespace knead::cli {
namespace {

struct DueOptions {
  std::string routine;
  bool quiet = false;
};

// Why `argument` names no routine, or nothing when it names one. A typo would
// otherwise read as "due" for ever, in a script or a shell prompt.
std::optional<std::string> unknown_routine(const std::string &argument, Output &out) {
  if (argument.empty()) {
    return std::nullopt;
  }
  if (routine::is_routine_path(argument)) {
    std::error_code error;
    if (std::filesystem::is_regular_file(argument, error)) {
      return std::nullopt;
    }
    return fmt::format("no routine file {}", argument);
  }
  const auto library = make_library(out);
  if (library.find(argument)) {
    return std::nullopt;
  }
  return fmt::format("no routine named \"{}\"; {}", argument, library.suggestion(argument));
}

int run_due(const DueOptions &options, Output &out) {
  const auto routine = routine::routine_id_of(options.routine);
  bool done = false;
  try {
    done = history::completed_today(routine, std::chrono::system_clock::now());
    // Checked only when not done: a routine completed today exists, or did this morning.
    if (const auto problem = done ? std::nullopt : unknown_routine(options.routine, out)) {
      throw Error(*problem);
    }
  } catch (const std::exception &error) {
    // 1 means "done today" here, so a failure must not exit with the usual 1.
    out.error(Text(Untrusted(error.what())));
    return exit_code::k_usage;
  }
  if (!options.quiet) {
    const Untrusted name(routine);
    if (routine.empty()) {
      out.print(done ? Text("done today: a routine was completed today\n")
                     : Text("due: no routine completed yet today\n"));
    } else if (done) {
      out.print(Text::format("done today: {} was completed today\n", name));
    } else {
      out.print(Text::format("due: {} not completed yet today\n", name));
    }
  }
  return done ? exit_code::k_error : exit_code::k_ok;
}

} // namespace

void add_due_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<DueOptions>();
  auto *sub = app.add_subcommand(
      "due", "exit 0 if a routine is not yet done today, 1 if it is (2 on error)");
  sub->add_option("routine", options->routine, "routine id or file (default: any routine counts)");
  sub->add_flag("-q,--quiet", options->quiet, "say nothing, only the exit code");
  sub->callback(
      [&action, options] { action = [options](Output &out) { return run_due(*options, out); }; });
}

} // namespace knead::cli
