#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_completions_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("completions", "print a shell completion script");
  sub->allow_extras();
  sub->callback([&action] {
    action = []() -> int { throw Error("'knead completions' is not implemented yet"); };
  });
}

} // namespace knead::cli
