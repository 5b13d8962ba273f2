// `knead report`: one page for a clinician, HTML (or Markdown) from the history.
#include "history/report.hpp"

#include "cli/checks.hpp"
#include "cli/command.hpp"
#include "history/store.hpp"
#include "routine/name.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <memory>

namespace knead::cli {
namespace {

struct ReportOptions {
  std::string out;
  std::string since;
  std::string routine;
  std::string format = "html";
};

history::ReportData gather(const ReportOptions &options) {
  history::ReportData data;
  data.now = std::chrono::system_clock::now();
  history::SessionFilter filter;
  filter.oldest_first = true;
  if (!options.routine.empty()) {
    filter.routine = routine::routine_id_of(options.routine);
  }
  data.routine = filter.routine;
  if (!options.since.empty()) {
    data.since = history::parse_day(options.since);
    if (!data.since) {
      throw UsageError(
          fmt::format("--since: \"{}\" is not a date; write it as YYYY-MM-DD", options.since));
    }
    filter.since = history::local_day_start(*data.since);
  }
  history::StatsBuilder stats(data.now);
  if (auto store = history::Store::open_for_reading(history::default_history_path())) {
    for (auto &session : store->sessions(filter)) {
      if (session.speed != 1.0) {
        continue; // a demonstration or a test, not the person's record
      }
      stats.add(session);
      data.answers.push_back(store->answers(session.id));
      data.sessions.push_back(std::move(session));
    }
  }
  data.stats = stats.result();
  return data;
}

int run_report(const ReportOptions &options, Output &out) {
  const auto data = gather(options);
  const auto page = options.format == "markdown" ? history::format_report_markdown(data)
                                                 : history::format_report_html(data);
  if (options.out.empty() || options.out == "-") {
    out.print(Text::lines(Untrusted(page)));
    return exit_code::k_ok;
  }
  std::ofstream file(options.out, std::ios::binary | std::ios::trunc);
  file << page;
  file.close();
  if (!file) {
    throw Error(fmt::format("{}: cannot be written", options.out));
  }
  out.print(Text::format("Wrote the report of {} {} to {}.\n", data.sessions.size(),
                         data.sessions.size() == 1 ? "session" : "sessions",
                         Untrusted(options.out)));
  return exit_code::k_ok;
}

} // namespace

void add_report_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<ReportOptions>();
  auto *sub = app.add_subcommand(
      "report", "a one-page report of the diary for a GP or physiotherapist (HTML or Markdown)");
  sub->add_option("--out", options->out, "write it to FILE (default: print it)")->type_name("FILE");
  sub->add_option("--since", options->since,
                  "only sessions started on or after this local date (YYYY-MM-DD)");
  sub->add_option("--routine", options->routine, "only sessions of this routine");
  sub->add_option("--format", options->format, "html (the default) or markdown")
      ->check(one_of("--format", {"html", "markdown"}));
  sub->callback([&action, options] {
    action = [options](Output &out) { return run_report(*options, out); };
  });
}

} // namespace knead::cli
