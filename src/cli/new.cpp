#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_new_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("new", "create a commented routine in your routine folder");
  sub->allow_extras();
  sub->callback(
      [&action] { action = []() -> int { throw Error("'knead new' is not implemented yet"); }; });
}

} // namespace knead::cli
