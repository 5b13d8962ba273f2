#include "remind/cron.hpp"

#include "remind/units.hpp"

#include <fmt/format.h>

#include <vector>

namespace knead::remind {

std::string cron_days(unsigned days) {
  if ((days & k_every_day) == k_every_day) {
    return "*";
  }
  // Our bit 0 is Monday; cron's day 0 is Sunday (bit 6).
  std::vector<int> cron;
  if ((days & (1U << 6)) != 0) {
    cron.push_back(0);
  }
  for (int day = 0; day < 6; ++day) {
    if ((days & (1U << day)) != 0) {
      cron.push_back(day + 1);
    }
  }
  std::string out;
  for (std::size_t i = 0; i < cron.size();) {
    auto j = i;
    while (j + 1 < cron.size() && cron[j + 1] == cron[j] + 1) {
      ++j;
    }
    if (!out.empty()) {
      out += ',';
    }
    out += j >= i + 2 ? fmt::format("{}-{}", cron[i], cron[j]) : std::to_string(cron[i]);
    if (j == i + 1) {
      out += fmt::format(",{}", cron[j]);
    }
    i = j + 1;
  }
  return out;
}

std::string quote_shell_word(std::string_view word) {
  if (is_plain_word(word)) {
    return std::string(word);
  }
  std::string out = "'";
  for (char c : word) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  out += '\'';
  return out;
}

std::string cron_line(std::string_view routine, const Schedule &schedule,
                      const std::filesystem::path &knead_path, unsigned uid) {
  auto command = fmt::format("DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/{}/bus {} notify {} "
                             "--if-due",
                             uid, quote_shell_word(knead_path.string()), routine);
  std::string escaped;
  for (char c : command) {
    if (c == '%') {
      escaped += '\\';
    }
    escaped += c;
  }
  return fmt::format("{} {} * * {} {}", schedule.minute, schedule.hour, cron_days(schedule.days),
                     escaped);
}

} // namespace knead::remind
