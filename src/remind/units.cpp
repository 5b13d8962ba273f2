#include "remind/units.hpp"

#include <fmt/format.h>

namespace knead::remind {
namespace {

bool is_plain_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("/._+-=:@,").find(c) != std::string_view::npos;
}

// Unit-file values other than command lines only need their specifiers escaped.
std::string escape_specifiers(std::string_view text) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '%') {
      out += '%';
    }
  }
  return out;
}

std::string header(std::string_view routine, const Schedule &schedule) {
  return fmt::format("{}{}, {}\n"
                     "# Written by \"knead remind add\"; \"knead remind remove {}\" deletes it.\n",
                     k_marker, routine, describe(schedule), routine);
}

} // namespace

bool is_valid_reminder_id(std::string_view routine) {
  if (routine.empty() || routine.size() > 200) {
    return false;
  }
  for (char c : routine) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_';
    if (!ok) {
      return false;
    }
  }
  return true;
}

std::string unit_stem(std::string_view routine) {
  return fmt::format("knead-{}", routine);
}

bool is_plain_word(std::string_view word) {
  bool plain = !word.empty();
  for (char c : word) {
    plain = plain && is_plain_char(c);
  }
  return plain;
}

std::string quote_exec_word(std::string_view word) {
  if (is_plain_word(word)) {
    return std::string(word);
  }
  std::string out = "\"";
  for (char c : word) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '%') {
      out += "%%";
    } else if (c == '$') {
      out += "$$";
    } else if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

ReminderUnits make_units(std::string_view routine, const Schedule &schedule,
                         const std::filesystem::path &knead_path) {
  ReminderUnits units;
  auto stem = unit_stem(routine);
  units.timer_name = stem + ".timer";
  units.service_name = stem + ".service";
  auto top = header(routine, schedule);
  units.service_text =
      fmt::format("{}[Unit]\n"
                  "Description=knead reminder for the {} routine\n"
                  "\n"
                  "[Service]\n"
                  "Type=oneshot\n"
                  "ExecStart={} notify {} --if-due --actions\n",
                  top, escape_specifiers(routine), quote_exec_word(knead_path.string()), routine);
  units.timer_text = fmt::format("{}[Unit]\n"
                                 "Description=knead reminder for the {} routine ({})\n"
                                 "\n"
                                 "[Timer]\n"
                                 "OnCalendar={}\n"
                                 // Catches up a reminder missed while the machine was off.
                                 "Persistent=true\n"
                                 "Unit={}\n"
                                 "\n"
                                 "[Install]\n"
                                 "WantedBy=timers.target\n",
                                 top, escape_specifiers(routine), describe(schedule),
                                 on_calendar(schedule), units.service_name);
  return units;
}

std::optional<MarkerInfo> read_marker(std::string_view unit_text) {
  if (!unit_text.starts_with(k_marker)) {
    return std::nullopt;
  }
  auto line = unit_text.substr(k_marker.size());
  line = line.substr(0, line.find('\n'));
  auto comma = line.find(", ");
  if (comma == std::string_view::npos || comma == 0) {
    return std::nullopt;
  }
  MarkerInfo info{std::string(line.substr(0, comma)), std::string(line.substr(comma + 2))};
  if (!is_valid_reminder_id(info.routine)) {
    return std::nullopt;
  }
  return info;
}

} // namespace knead::remind
