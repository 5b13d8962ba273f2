#pragma once

#include "routine/builtin.hpp"
#include "util/output.hpp"

#include <filesystem>
#include <string>

namespace knead::cli {

// `knead remind add` as the command line left it.
struct RemindAddOptions {
  std::string routine{routine::k_default_routine};
  std::string at;
  std::string days = "daily";
  bool print = false;
  bool cron = false;
  bool no_enable = false;
};

// `name` checked as the id of a routine a reminder or notification can name: an
// id, not a file path, safe in unit names and crontab lines (else UsageError), and,
// when `must_exist`, a routine that loads (else knead::Error).
std::string reminder_routine(const std::string &name, bool must_exist, Output &out);

// The path of this knead binary, which reminders and "Start now" run.
std::filesystem::path this_binary();

int remind_add(const RemindAddOptions &options, Output &out);
// `json`: the reminders as a JSON list, for scripts.
int remind_list(bool json, Output &out);
int remind_remove(const std::string &routine, Output &out);

} // namespace knead::cli
