#include "cli/remind_actions.hpp"

#include "cli/library.hpp"
#include "remind/cron.hpp"
#include "remind/systemctl.hpp"
#include "remind/unit_folder.hpp"
#include "remind/units.hpp"
#include "routine/name.hpp"
#include "util/error.hpp"
#include "util/json.hpp"
#include "util/xdg.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <filesystem>

namespace knead::cli {
namespace fs = std::filesystem;
namespace {

// The unit names come from a checked reminder id (is_valid_reminder_id): trusted.
void print_enable_later(const remind::ReminderUnits &units, const fs::path &dir, Output &out) {
  out.print_to_stderr(Text::format(
      "knead: wrote {} and {} in {}, but no systemd user manager answered, so the "
      "reminder is not enabled yet. Where one runs, enable it with:\n"
      "  systemctl --user daemon-reload && systemctl --user enable --now {}\n"
      "Timers run only while your user manager runs; to keep it running when you are "
      "logged out: loginctl enable-linger \"$USER\". Without systemd, use: knead remind "
      "add --cron\n",
      Text::trusted(units.timer_name), Text::trusted(units.service_name), Untrusted(dir.string()),
      Text::trusted(units.timer_name)));
}

// The reminder already set for `routine` in `dir`, if any.
std::optional<remind::InstalledReminder> existing_reminder(const fs::path &dir,
                                                           const std::string &routine) {
  for (auto &reminder : remind::find_reminders(dir)) {
    if (reminder.routine == routine) {
      return reminder;
    }
  }
  return std::nullopt;
}

// Enables the timer; false (with what to do printed) when the user manager cannot.
bool enable(const remind::ReminderUnits &units, const fs::path &dir, Output &out) {
  auto answer = remind::systemctl_user({"daemon-reload"});
  if (answer == remind::SystemctlAnswer::done) {
    answer = remind::systemctl_user({"enable", "--now", units.timer_name});
  }
  if (answer == remind::SystemctlAnswer::done) {
    return true;
  }
  if (answer == remind::SystemctlAnswer::no_answer) {
    out.warning(Text::format("systemctl --user did not answer within {} seconds; stopped waiting",
                             remind::k_systemctl_limit.count()));
  }
  print_enable_later(units, dir, out);
  return false;
}

} // namespace

fs::path this_binary() {
  std::error_code error;
  auto path = fs::read_symlink("/proc/self/exe", error);
  if (error) {
    throw Error(fmt::format("cannot find this program's own path: {}", error.message()));
  }
  return path;
}

// A reminder runs `knead notify ID`, and the id becomes part of the unit names, so
// a reminder names a routine by a plain id, never by a file.
std::string reminder_routine(const std::string &name, bool must_exist, Output &out) {
  if (routine::is_routine_path(name)) {
    throw UsageError(fmt::format("a reminder names a routine by its id, not a file; put the file "
                                 "in {} and use its name without \".toml\"",
                                 xdg::user_routines_dir().string()));
  }
  if (!remind::is_valid_reminder_id(name)) {
    throw UsageError(fmt::format("\"{}\" cannot name a reminder: use a routine id made of "
                                 "letters, digits, '-' and '_'",
                                 name));
  }
  if (must_exist) {
    (void)make_library(out).load(name);
  }
  return name;
}

int remind_add(const RemindAddOptions &options, Output &out) {
  remind::Schedule schedule;
  remind::parse_time_of_day(options.at, schedule);
  schedule.days = remind::parse_days(options.days);
  auto routine = reminder_routine(options.routine, /*must_exist=*/true, out);
  auto binary = this_binary();

  if (options.cron) {
    // The line holds this program's path, which may hold anything.
    out.print(Text(Untrusted(remind::cron_line(routine, schedule, binary, ::getuid()))) + "\n");
    // knead never edits a crontab: the line is the person's, and said so where a
    // script reading stdout does not see it.
    out.print_to_stderr("knead: add this line with 'crontab -e'; it is yours to keep or remove "
                        "there ('knead remind list' and 'remove' manage only systemd timers)\n");
    return 0;
  }
  auto units = remind::make_units(routine, schedule, binary);
  auto dir = remind::user_unit_dir();
  if (options.print) {
    out.print(Text::format("# {}\n{}\n# {}\n{}", Untrusted((dir / units.timer_name).string()),
                           Text::lines(Untrusted(units.timer_text)),
                           Untrusted((dir / units.service_name).string()),
                           Text::lines(Untrusted(units.service_text))));
    return 0;
  }
  const auto replaced = existing_reminder(dir, routine);
  remind::write_units(dir, units);
  if (replaced) {
    out.print(Text::format("Replaced the reminder for {} ({}).\n", Untrusted(routine),
                           Untrusted(replaced->schedule)));
  }
  if (options.no_enable) {
    out.print(Text::format("Wrote {} and {} in {} (not enabled). Enable with:\n"
                           "  systemctl --user daemon-reload && systemctl --user enable --now {}\n",
                           Text::trusted(units.timer_name), Text::trusted(units.service_name),
                           Untrusted(dir.string()), Text::trusted(units.timer_name)));
    return 0;
  }
  if (!enable(units, dir, out)) {
    return 0;
  }
  auto next = remind::next_run(units.timer_name);
  out.print(Text::format("Reminder set: {} at {} ({}); next: {}\n", Untrusted(routine),
                         Text::trusted(remind::describe(schedule)), Text::trusted(units.timer_name),
                         Untrusted(next.value_or("unknown"))));
  return 0;
}

int remind_list(bool json, Output &out) {
  auto reminders = remind::find_reminders(remind::user_unit_dir());
  if (json) {
    std::vector<std::string> items;
    for (const auto &reminder : reminders) {
      auto next = reminder.enabled ? remind::next_run(reminder.timer_name) : std::nullopt;
      json::Object item;
      item.add("routine", reminder.routine)
          .add("schedule", reminder.schedule)
          .add("timer", reminder.timer_name)
          .add("enabled", reminder.enabled);
      if (next) {
        item.add("next_run", *next);
      } else {
        item.add_null("next_run");
      }
      items.push_back(item.str());
    }
    out.print_json(json::array(items));
    return 0;
  }
  if (reminders.empty()) {
    out.print("No reminders. Add one with: knead remind add --at 08:30\n");
    return 0;
  }
  out.print(
      Text::format("{:<20} {:<24} {:<32} {}\n", "ROUTINE", "SCHEDULE", "NEXT RUN", "ENABLED"));
  for (const auto &reminder : reminders) {
    auto next = reminder.enabled ? remind::next_run(reminder.timer_name) : std::nullopt;
    // The routine comes from the marker line of a file on disk, which may be hand-made;
    // padded as the terminal shows it.
    const auto shown = [&out](const std::string &text) {
      return Text(Untrusted(text)).in(out.charset());
    };
    out.print(Text::format("{:<20} {:<24} {:<32} {}\n", shown(reminder.routine),
                           shown(reminder.schedule), shown(next.value_or("-")),
                           reminder.enabled ? "yes" : "no"));
  }
  return 0;
}

int remind_remove(const std::string &routine, Output &out) {
  // The routine file may be gone already; its reminder can still be removed.
  auto id = reminder_routine(routine, /*must_exist=*/false, out);
  auto dir = remind::user_unit_dir();
  auto timer = remind::unit_stem(id) + ".timer";
  bool known = false;
  for (const auto &reminder : remind::find_reminders(dir)) {
    known = known || reminder.routine == id;
  }
  if (!known) {
    throw Error(fmt::format("there is no reminder for {} in {} (knead remind list shows them)", id,
                            dir.string()));
  }
  // Without a user manager these fail; deleting the files (and the enable link)
  // below still leaves nothing behind.
  (void)remind::systemctl_user({"disable", "--now", timer});
  const auto deletion = remind::delete_units(dir, id);
  (void)remind::systemctl_user({"daemon-reload"});
  for (const auto &path : deletion.deleted) {
    out.print(Text::format("Deleted {}\n", Untrusted(path.string())));
  }
  if (!deletion.problem.empty()) {
    throw Error(deletion.problem);
  }
  return 0;
}

} // namespace knead::cli
