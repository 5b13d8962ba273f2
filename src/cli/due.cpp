#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_due_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("due", "exit 0 if a routine is not yet done today, 1 if it is");
  sub->allow_extras();
  sub->callback(
      [&action] { action = []() -> int { throw Error("'knead due' is not implemented yet"); }; });
}

} // namespace knead::cli
