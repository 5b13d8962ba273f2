#pragma once

#include "routine/builtin.hpp"

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

int remind_add(const RemindAddOptions &options);
int remind_list();
int remind_remove(const std::string &routine);

} // namespace knead::cli
