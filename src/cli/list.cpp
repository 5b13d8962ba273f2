#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_list_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("list", "list the routines found");
  sub->allow_extras();
  sub->callback(
      [&action] { action = []() -> int { throw Error("'knead list' is not implemented yet"); }; });
}

} // namespace knead::cli
