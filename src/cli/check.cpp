#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_check_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("check", "check routine files for errors");
  sub->allow_extras();
  sub->callback(
      [&action] { action = []() -> int { throw Error("'knead check' is not implemented yet"); }; });
}

} // namespace knead::cli
