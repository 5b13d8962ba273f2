#include "cli/command.hpp"
#include "cli/completion_scripts.hpp"
#include "cli/library.hpp"
#include "knead_version.hpp"
#include "util/error.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

#include <memory>

namespace knead::cli {
namespace {

struct CompletionsOptions {
  std::string shell;
  bool routines = false;
  bool man = false;
};

int print_completions(const CLI::App &root, const CompletionsOptions &options) {
  if (options.routines) {
    // Asked by the completion scripts at completion time: ids only, one a line. An
    // id from a file name with control characters, escape sequences or invalid UTF-8
    // is left out: the shell would show its bytes, and it cannot be typed anyway.
    for (const auto &found : make_library().find_all()) {
      if (sanitize_for_terminal(found.id) == found.id) {
        fmt::print("{}\n", found.id);
      }
    }
    return 0;
  }
  auto tree = describe_command_tree(root);
  if (options.man) {
    fmt::print("{}", man_page(tree, KNEAD_VERSION));
  } else if (options.shell == "bash") {
    fmt::print("{}", bash_completion_script(tree));
  } else if (options.shell == "zsh") {
    fmt::print("{}", zsh_completion_script(tree));
  } else if (options.shell == "fish") {
    fmt::print("{}", fish_completion_script(tree));
  } else {
    throw UsageError("name a shell: knead completions bash|zsh|fish");
  }
  return 0;
}

} // namespace

void add_completions_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("completions", "print a shell completion script");
  auto options = std::make_shared<CompletionsOptions>();
  sub->add_option("shell", options->shell, "bash, zsh or fish")
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  // For the scripts and the build, not for people: hidden from --help.
  sub->add_flag("--routines", options->routines, "print the routine ids, one a line")->group("");
  sub->add_flag("--man", options->man, "print the knead(1) man page in roff")->group("");
  sub->footer("Install: knead completions bash > ~/.local/share/bash-completion/completions/knead");
  sub->callback([&action, &app, options] {
    action = [&app, options] { return print_completions(app, *options); };
  });
}

} // namespace knead::cli
