// `knead status`: one short line for a shell prompt or a status bar, naming each
// routine whose reminder has fired today and that is not done yet; nothing at all
// when nothing is due. It reads the reminder units and the history, and nothing
// else (no routine is loaded, no systemctl asked), so it stays within a prompt's
// few milliseconds.
#include "remind/status.hpp"

#include "cli/command.hpp"
#include "history/due.hpp"
#include "remind/unit_folder.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <memory>

namespace knead::cli {
namespace {

struct StatusOptions {
  bool json = false;
};

struct Due {
  std::string routine;
  std::string since; // "08:30"
};

remind::LocalMoment local_now(std::time_t now) {
  std::tm local{};
  localtime_r(&now, &local);
  return {(local.tm_wday + 6) % 7, local.tm_hour, local.tm_min};
}

std::vector<Due> due_now() {
  const auto now = std::chrono::system_clock::now();
  const auto moment = local_now(std::chrono::system_clock::to_time_t(now));
  std::vector<Due> due;
  for (const auto &reminder : remind::find_reminders(remind::user_unit_dir())) {
    const auto schedule = remind::parse_described(reminder.schedule);
    if (!schedule || !remind::has_fired_today(*schedule, moment) ||
        history::completed_today(reminder.routine, now)) {
      continue;
    }
    due.push_back({reminder.routine, fmt::format("{:02}:{:02}", schedule->hour, schedule->minute)});
  }
  return due;
}

int status(const StatusOptions &options, Output &out) {
  const auto due = due_now();
  if (options.json) {
    std::vector<std::string> items;
    items.reserve(due.size());
    for (const auto &each : due) {
      items.push_back(json::Object().add("routine", each.routine).add("since", each.since).str());
    }
    out.print_json(json::Object().add_raw("due", json::array(items)).str());
    return 0;
  }
  if (due.empty()) {
    return 0; // nothing to say: a prompt or a bar shows nothing
  }
  Text line = "knead: ";
  for (std::size_t i = 0; i < due.size(); ++i) {
    // The routine comes from a unit file's marker, which may be hand-made.
    line += Text::format("{}{} due since {}", i == 0 ? "" : "; ", Untrusted(due[i].routine),
                         Text::trusted(due[i].since));
  }
  out.print(line + "\n");
  return 0;
}

} // namespace

void add_status_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<StatusOptions>();
  auto *sub = app.add_subcommand(
      "status", "one short line for a prompt or status bar: the reminders due and not done");
  sub->add_flag("--json", options->json,
                "JSON: {due: [{routine, since}]}, the list empty when none");
  sub->callback(
      [&action, options] { action = [options](Output &out) { return status(*options, out); }; });
}

} // namespace knead::cli
