#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_edit_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("edit", "edit a routine in $VISUAL or $EDITOR, then check it");
  sub->allow_extras();
  sub->callback(
      [&action] { action = []() -> int { throw Error("'knead edit' is not implemented yet"); }; });
}

} // namespace knead::cli
