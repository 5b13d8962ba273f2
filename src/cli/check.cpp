#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/duration.hpp"
#include "routine/name.hpp"
#include "routine/source_file.hpp"
#include "routine/timing.hpp"
#include "util/exit_code.hpp"

#include <memory>

namespace knead::cli {
namespace {

// A file or a routine id, as routine/name.hpp tells them apart.
routine::LoadResult check_one(const routine::Library &library, const std::string &name) {
  if (routine::is_routine_path(name)) {
    return routine::load_routine_file(name, routine::routine_id_of(name));
  }
  if (const auto found = library.find(name)) {
    return library.load_found(*found);
  }
  routine::LoadResult result;
  result.diagnostics.push_back({name, 0, 0, routine::Severity::error,
                                "cannot open: no such file or routine", library.suggestion(name)});
  return result;
}

int check(const std::vector<std::string> &names, Output &out) {
  const auto library = make_library(out);
  bool failed = false;
  for (const auto &name : names) {
    const auto result = check_one(library, name);
    out.print_to_stderr(routine::format_diagnostics(result.diagnostics));
    if (!result.routine) {
      failed = true;
      continue;
    }
    const auto &routine = *result.routine;
    out.print(
        Text::format("{}: ok ({} step{}, {})\n", Untrusted(name), routine.steps.size(),
                     routine.steps.size() == 1 ? "" : "s",
                     Text::trusted(routine::format_clock(routine::routine_duration(routine)))));
  }
  out.flush();
  return failed ? exit_code::k_error : exit_code::k_ok;
}

} // namespace

void add_check_command(CLI::App &app, Action &action) {
  auto names = std::make_shared<std::vector<std::string>>();
  auto *sub = app.add_subcommand(
      "check", "check routine files: problems as file:line:col, exit 1 on errors");
  sub->add_option("files", *names, "routine files (or routine ids) to check")->required();
  sub->footer("Exit status: 0 when every file loads (warnings allowed), 1 on any error.\n"
              "The format of routine files: man 5 knead-routine");
  sub->callback([&action, names] { action = [names](Output &out) { return check(*names, out); }; });
}

} // namespace knead::cli
