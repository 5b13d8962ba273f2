#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_run_command(CLI::App &app, Action &action) {
  auto *sub =
      app.add_subcommand("run", "screen the person, then run a routine (default: lower-back)");
  sub->allow_extras();
  sub->callback(
      [&action] { action = []() -> int { throw Error("'knead run' is not implemented yet"); }; });
}

} // namespace knead::cli
