#include "cli/command.hpp"
#include "cli/library.hpp"
#include "cli/settings.hpp"
#include "routine/plan_view.hpp"
#include "session/plan.hpp"
#include "voice/script_view.hpp"

#include <algorithm>
#include <memory>

namespace knead::cli {
namespace {

struct ShowOptions {
  std::string routine; // empty: the one `knead run` would run
  bool json = false;
  bool script = false;
  bool brief = false;
};

// The routine `knead run` runs when none is named: the configuration's, or lower-back.
// Only then is the configuration file read, so `show R` stays as fast as it was.
std::string routine_to_show(const ShowOptions &options, Output &out) {
  if (!options.routine.empty()) {
    return options.routine;
  }
  return effective_settings({}, {}, out).settings.routine.value;
}

int show(const ShowOptions &options, Output &out) {
  const auto routine = make_library(out).load(routine_to_show(options, out));
  if (options.script) {
    out.print(voice::format_script(session::make_plan(routine)));
  } else if (options.json) {
    out.print_json(routine::plan_json(routine));
  } else {
    out.print_wrapped(routine::format_plan(
        routine, out.charset(),
        {options.brief, static_cast<std::size_t>(std::max(20, std::min(out.width(), 80)))}));
  }
  return 0;
}

} // namespace

void add_show_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<ShowOptions>();
  auto *sub = app.add_subcommand("show", "show a routine's plan and total time");
  sub->add_option("routine", options->routine,
                  "routine id or file (default: lower-back, or the configuration's routine, as "
                  "for run)");
  auto *json = sub->add_flag("--json", options->json, "print the plan as JSON (times in seconds)");
  sub->add_flag("--script", options->script,
                "print what a session says aloud (--voice), with the time of each line")
      ->excludes(json);
  sub->add_flag("--brief", options->brief,
                "print the table of steps alone, without each step's where, how and before")
      ->excludes(json);
  sub->callback(
      [&action, options] { action = [options](Output &out) { return show(*options, out); }; });
}

} // namespace knead::cli
