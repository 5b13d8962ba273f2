#include "history/stats.hpp"

#include "cli/command.hpp"
#include "history/stats_format.hpp"
#include "history/store.hpp"
#include "routine/name.hpp"

#include <chrono>
#include <memory>

namespace knead::cli {
namespace {

struct StatsOptions {
  std::string routine;
  bool json = false;
};

int run_stats(const StatsOptions &options, Output &out) {
  history::SessionFilter filter;
  filter.routine = routine::routine_id_of(options.routine);
  filter.outline = true;
  history::StatsBuilder builder(std::chrono::system_clock::now());
  if (auto store = history::Store::open_for_reading(history::default_history_path())) {
    store->for_each_session(filter,
                            [&](const history::SessionRecord &record) { builder.add(record); });
  }
  const auto stats = builder.result();
  if (options.json) {
    out.print_json(history::format_stats_json(stats, filter.routine));
  } else {
    out.print_wrapped(history::format_stats_text(stats, filter.routine, out.charset()));
  }
  return exit_code::k_ok;
}

} // namespace

void add_stats_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<StatsOptions>();
  auto *sub = app.add_subcommand(
      "stats", "sessions, streaks, minutes, pain before and after, and the pain trend");
  sub->add_option("--routine", options->routine, "only sessions of this routine");
  sub->add_flag("--json", options->json, "one JSON object");
  sub->callback(
      [&action, options] { action = [options](Output &out) { return run_stats(*options, out); }; });
}

} // namespace knead::cli
