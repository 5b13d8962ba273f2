#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/builtin.hpp"
#include "routine/duration.hpp"
#include "routine/name.hpp"
#include "routine/source_file.hpp"
#include "routine/timing.hpp"
#include "routine/user_folder.hpp"
#include "util/editor.hpp"
#include "util/error.hpp"
#include "util/process.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

namespace knead::cli {
namespace {

namespace fs = std::filesystem;

// The file to edit: a path as given, a user routine in place, or a built-in or
// system routine copied to the user folder first (those are not ours to change).
fs::path file_to_edit(const std::string &name, Output &out) {
  if (routine::is_routine_path(name)) {
    return name;
  }
  const auto library = make_library(out);
  const auto found = library.find(name);
  if (!found) {
    throw Error(fmt::format("no routine named \"{}\"; {}", name, library.suggestion(name)));
  }
  if (found->origin == routine::Origin::user) {
    return found->path;
  }
  std::string text;
  if (found->origin == routine::Origin::builtin) {
    text = library.load_found(*found).routine.value().content;
  } else {
    std::vector<routine::Diagnostic> problems;
    auto raw = routine::read_routine_file(found->path, problems);
    if (!raw) {
      throw Error(fmt::format("{}: {}", found->path, problems.front().message));
    }
    text = std::move(*raw);
  }
  auto path = user_routine_path(name);
  routine::write_new_file(path, text);
  out.print(Text::format("Copied the {} routine {} to {}\n", routine::to_string(found->origin),
                         Untrusted(name), Untrusted(path.string())));
  return path;
}

void run_editor(const fs::path &path, Output &out) {
  auto argv = editor_command(std::getenv("VISUAL"), std::getenv("EDITOR"), process::is_available);
  // A file name starting with '-' would read as an option to the editor.
  const auto file = path.string();
  argv.push_back(file.starts_with('-') ? "./" + file : file);
  out.flush();
  const auto result = process::run(argv);
  if (!result) {
    throw Error(fmt::format("cannot start the editor \"{}\"; set VISUAL or EDITOR", argv.front()));
  }
  if (result->exit_code != 0) {
    out.print_to_stderr(
        Text::format("knead: the editor exited with status {}\n", result->exit_code));
  }
}

bool ask_to_reopen(Output &out) {
  if (::isatty(STDIN_FILENO) == 0 || ::isatty(STDERR_FILENO) == 0) {
    return false;
  }
  out.print_to_stderr("Reopen the editor to fix it? [Y/n] ");
  out.flush();
  std::string answer;
  if (!std::getline(std::cin, answer)) {
    return false;
  }
  return answer.empty() || answer[0] == 'y' || answer[0] == 'Y';
}

int edit(const std::string &name, Output &out) {
  const auto path = file_to_edit(name, out);
  const auto id = path.stem().string();
  while (true) {
    run_editor(path, out);
    auto result = routine::load_routine_file(path, id);
    if (result.routine) {
      routine::apply_default_ready(*result.routine, configured_ready());
    }
    out.print_to_stderr(routine::format_diagnostics(result.diagnostics));
    if (result.routine) {
      out.print(Text::format(
          "{}: ok ({} steps, {})\n", Untrusted(path.string()), result.routine->steps.size(),
          Text::trusted(routine::format_clock(routine::routine_duration(*result.routine)))));
      return exit_code::k_ok;
    }
    if (!ask_to_reopen(out)) {
      return exit_code::k_error;
    }
  }
}

} // namespace

void add_edit_command(CLI::App &app, Action &action) {
  auto name = std::make_shared<std::string>();
  auto *sub = app.add_subcommand("edit", "open a routine in your editor, then check it");
  sub->add_option("routine", *name, "a routine id or a .toml file")->required();
  sub->footer("The editor is $VISUAL, else $EDITOR, else editor or vi. A built-in or system "
              "routine is\ncopied to your routine folder first, and the copy is opened.");
  sub->callback([&action, name] { action = [name](Output &out) { return edit(*name, out); }; });
}

} // namespace knead::cli
