#pragma once

#include "remind/schedule.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace knead::remind {

// A crontab line for machines without a systemd user manager. cron has no session
// environment, so the line sets DBUS_SESSION_BUS_ADDRESS for notify-send (the
// standard per-user bus at /run/user/`uid`/bus); the binary's path is quoted for
// /bin/sh and every '%' is escaped, since cron turns a bare '%' into a newline.
// cron has no catch-up: a reminder missed while the machine was off is lost.
std::string cron_line(std::string_view routine, const Schedule &schedule,
                      const std::filesystem::path &knead_path, unsigned uid);

// The day-of-week field of a crontab line (0 is Sunday): "*", "1-5", "0,6".
std::string cron_days(unsigned days);

// `word` quoted for /bin/sh: bare when it is plain, otherwise in single quotes.
std::string quote_shell_word(std::string_view word);

} // namespace knead::remind
