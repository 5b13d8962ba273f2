#include "history/due.hpp"

#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/name.hpp"
#include "util/error.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
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
std::optional<std::string> unknown_routine(const std::string &argument) {
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
  const auto library = make_library();
  if (library.find(argument)) {
    return std::nullopt;
  }
  return fmt::format("no routine named \"{}\"; {}", argument, library.suggestion(argument));
}

int run_due(const DueOptions &options) {
  const auto routine = routine::routine_id_of(options.routine);
  bool done = false;
  try {
    done = history::completed_today(routine, std::chrono::system_clock::now());
    // Checked only when not done: a routine completed today exists, or did this morning.
    if (const auto problem = done ? std::nullopt : unknown_routine(options.routine)) {
      throw Error(*problem);
    }
  } catch (const std::exception &error) {
    // 1 means "done today" here, so a failure must not exit with the usual 1.
    std::fputs(fmt::format("knead: error: {}\n", sanitize_for_terminal(error.what())).c_str(),
               stderr);
    return exit_code::k_usage;
  }
  if (!options.quiet) {
    const auto name = sanitize_for_terminal(routine);
    if (routine.empty()) {
      fmt::print("{}\n", done ? "done today: a routine was completed today"
                              : "due: no routine completed yet today");
    } else {
      fmt::print("{}: {}\n", done ? "done today" : "due",
                 done ? name + " was completed today" : name + " not completed yet today");
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
  sub->callback([&action, options] { action = [options] { return run_due(*options); }; });
}

} // namespace knead::cli
