#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_log_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("log", "show the session history");
  sub->allow_extras();
  sub->callback(
      [&action] { action = []() -> int { throw Error("'knead log' is not implemented yet"); }; });
}

} // namespace knead::cli
