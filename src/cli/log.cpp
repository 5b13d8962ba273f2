#include "cli/checks.hpp"
#include "cli/command.hpp"
#include "history/log_format.hpp"
#include "history/store.hpp"
#include "routine/name.hpp"
#include "util/error.hpp"
#include "util/number.hpp"

#include <fmt/format.h>

#include <memory>

namespace knead::cli {
namespace {

struct LogOptions {
  std::string since;
  std::string routine;
  int limit = 0;
  bool json = false;
  bool csv = false;
};

int run_log(const LogOptions &options, Output &out) {
  history::SessionFilter filter;
  filter.with_skipped_steps = true;
  if (!options.routine.empty()) {
    filter.routine = routine::routine_id_of(options.routine);
  }
  if (!options.since.empty()) {
    const auto day = history::parse_day(options.since);
    if (!day) {
      throw UsageError(
          fmt::format("--since: \"{}\" is not a date; write it as YYYY-MM-DD", options.since));
    }
    filter.since = history::local_day_start(*day);
  }
  if (options.limit > 0) {
    filter.limit = options.limit;
  }
  std::vector<history::SessionRecord> sessions;
  if (auto store = history::Store::open_for_reading(history::default_history_path())) {
    sessions = store->sessions(filter);
  }
  if (options.json) {
    out.print_json(history::format_log_json(sessions));
  } else if (options.csv) {
    out.print(history::format_log_csv(sessions));
  } else {
    out.print_wrapped(history::format_log_text(sessions, out.charset()));
  }
  return exit_code::k_ok;
}

} // namespace

void add_log_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<LogOptions>();
  auto *sub = app.add_subcommand("log", "the sessions recorded, newest first");
  sub->add_option("--since", options->since,
                  "only sessions started on or after this local date (YYYY-MM-DD)");
  sub->add_option("--routine", options->routine, "only sessions of this routine");
  sub->add_option("--limit", options->limit, "at most this many sessions")
      ->transform(whole_number("--limit", 1, number::k_max_whole));
  auto *json = sub->add_flag("--json", options->json, "JSON: a list of session objects");
  auto *csv = sub->add_flag("--csv", options->csv, "CSV with a header line");
  json->excludes(csv);
  sub->require_subcommand(0, 1);
  add_log_change_commands(*sub, action);
  // Runs after a subcommand's callback (CLI11 calls the deepest first): leave its action.
  sub->callback([&action, options, sub] {
    if (sub->get_subcommands().empty()) {
      action = [options](Output &out) { return run_log(*options, out); };
    }
  });
}

} // namespace knead::cli
