#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/list_view.hpp"

#include <memory>

namespace knead::cli {

void add_list_command(CLI::App &app, Action &action) {
  auto json = std::make_shared<bool>(false);
  auto *sub = app.add_subcommand("list", "list the routines found (built-in, system, user)");
  sub->add_flag("--json", *json, "print the list as JSON");
  sub->callback([&action, json] {
    action = [json](Output &out) {
      const auto routines = routine::list_routines(make_library(out));
      if (*json) {
        out.print_json(routine::routine_list_json(routines));
      } else {
        out.print(routine::format_routine_list(routines, out.charset()));
      }
      return 0;
    };
  });
}

} // namespace knead::cli
