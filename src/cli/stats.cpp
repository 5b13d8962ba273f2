#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_stats_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("stats", "show streaks, minutes and pain trend");
  sub->allow_extras();
  sub->callback(
      [&action] { action = []() -> int { throw Error("'knead stats' is not implemented yet"); }; });
}

} // namespace knead::cli
