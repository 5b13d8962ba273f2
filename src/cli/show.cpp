#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/plan_view.hpp"
#include "util/sanitize.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <memory>

namespace knead::cli {
namespace {

struct ShowOptions {
  std::string routine;
  bool json = false;
};

int show(const ShowOptions &options) {
  const auto routine = make_library().load(options.routine);
  fmt::print("{}", options.json
                       ? routine::plan_json(routine)
                       : routine::format_plan(routine, utf8::ellipsis_for(terminal_utf8())));
  return 0;
}

} // namespace

void add_show_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<ShowOptions>();
  auto *sub = app.add_subcommand("show", "show a routine's plan and total time");
  sub->add_option("routine", options->routine, "a routine id (see 'knead list') or a .toml file")
      ->required();
  sub->add_flag("--json", options->json, "print the plan as JSON (times in seconds)");
  sub->callback([&action, options] { action = [options] { return show(*options); }; });
}

} // namespace knead::cli
