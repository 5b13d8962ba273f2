#include "cli/command.hpp"
#include "util/error.hpp"

namespace knead::cli {

void add_questions_command(CLI::App &app, Action &action) {
  auto *sub = app.add_subcommand("questions", "list the safety questions for a routine");
  sub->allow_extras();
  sub->callback([&action] {
    action = []() -> int { throw Error("'knead questions' is not implemented yet"); };
  });
}

} // namespace knead::cli
