#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_show_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("show", "show a routine's plan and total time");
  sub->allow_extras();
  sub->callback(
      [&action] { action = []() -> int { throw Error("'knead show' is not implemented yet"); }; });
}

} // namespace knead::cli
