#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_notify_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("notify", "send a desktop notification if a routine is due");
  sub->allow_extras();
  sub->callback([&action] {
    action = []() -> int { throw Error("'knead notify' is not implemented yet"); };
  });
}

} // namespace knead::cli
