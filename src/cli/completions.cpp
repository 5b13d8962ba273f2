#include "cli/checks.hpp"
#include "cli/command.hpp"
#include "cli/completion_scripts.hpp"
#include "cli/library.hpp"
#include "knead_version.hpp"
#include "routine/scaffold.hpp"
#include "util/error.hpp"

#include <memory>

namespace knead::cli {
namespace {

struct CompletionsOptions {
  std::string shell;
  bool routines = false;
  bool man = false;
};

int print_completions(const CLI::App &root, const CompletionsOptions &options, Output &out) {
  if (options.routines) {
    // Asked by the completion scripts at completion time: ids only, one a line. An
    // id that the terminal would not show as it is (control characters, escape
    // sequences, invalid UTF-8, or anything outside ASCII in a C locale) is left out:
    // it cannot be typed anyway. So is a name that is no routine id at all (1 to 64
    // lower-case letters, digits and hyphens, as `knead new` makes them): a file named
    // "$(id>PWNED).toml" must never reach a completion script.
    for (const auto &found : make_library(out).find_all()) {
      const auto shown = Text(Untrusted(found.id)).in(out.charset());
      if (routine::is_routine_id(found.id) && shown.utf8() == found.id) {
        out.print(shown + "\n");
      }
    }
    return 0;
  }
  // The scripts and the page are the program's own text, made from its command tree.
  auto tree = describe_command_tree(root);
  if (options.man) {
    out.print(Text::trusted(man_page(tree, KNEAD_VERSION)));
  } else if (options.shell == "bash") {
    out.print(Text::trusted(bash_completion_script(tree)));
  } else if (options.shell == "zsh") {
    out.print(Text::trusted(zsh_completion_script(tree)));
  } else if (options.shell == "fish") {
    out.print(Text::trusted(fish_completion_script(tree)));
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
      ->check(one_of("the shell", {"bash", "zsh", "fish"}));
  // For the scripts and the build, not for people: hidden from --help.
  sub->add_flag("--routines", options->routines, "print the routine ids, one a line")->group("");
  sub->add_flag("--man", options->man, "print the knead(1) man page in roff")->group("");
  sub->footer("Install: knead completions bash > ~/.local/share/bash-completion/completions/knead");
  sub->callback([&action, &app, options] {
    action = [&app, options](Output &out) { return print_completions(app, *options, out); };
  });
}

} // namespace knead::cli
