#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_points_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("points", "search the acupressure point catalog");
  sub->allow_extras();
  sub->callback([&action] {
    action = []() -> int { throw Error("'knead points' is not implemented yet"); };
  });
}

} // namespace knead::cli
