#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/list_view.hpp"

#include <fmt/format.h>

#include <memory>

namespace knead::cli {

void add_list_command(CLI::App &app, Action &action) {
  auto json = std::make_shared<bool>(false);
  auto *sub = app.add_subcommand("list", "list the routines found (built-in, system, user)");
  sub->add_flag("--json", *json, "print the list as JSON");
  sub->callback([&action, json] {
    action = [json] {
      const auto routines = routine::list_routines(make_library());
      fmt::print("{}", *json ? routine::routine_list_json(routines)
                             : routine::format_routine_list(routines));
      return 0;
    };
  });
}

} // namespace knead::cli
