#include "remind/schedule.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace knead;
using namespace knead::remind;

namespace {

Schedule at(std::string_view time, std::string_view days = "daily") {
  Schedule schedule;
  parse_time_of_day(time, schedule);
  schedule.days = parse_days(days);
  return schedule;
}

std::string usage_message(auto &&call) {
  try {
    call();
  } catch (const UsageError &e) {
    CHECK(e.exit_code() == 2);
    return e.what();
  }
  return "(no error)";
}

} // namespace

TEST_CASE("--at takes HH:MM on a 24-hour clock") {
  CHECK(at("08:30") == Schedule{8, 30, k_every_day});
  CHECK(at("8:05") == Schedule{8, 5, k_every_day});
  CHECK(at("23:59") == Schedule{23, 59, k_every_day});
  CHECK(at("00:00") == Schedule{0, 0, k_every_day});
}

TEST_CASE("a bad --at names the expected form") {
  for (auto bad : {"25:00", "24:00", "12:60", "8", "8:5", "08:30:00", "", "ab:cd", "-1:00", "08-30",
                   " 8:30"}) {
    CAPTURE(bad);
    Schedule schedule;
    CHECK(usage_message([&] { parse_time_of_day(bad, schedule); }) ==
          "--at takes a time of day as HH:MM (24-hour clock), such as 08:30; got \"" +
              std::string(bad) + "\"");
  }
}

TEST_CASE("--days takes words, names, lists and ranges") {
  CHECK(parse_days("daily") == 0x7f);
  CHECK(parse_days("weekdays") == 0x1f);
  CHECK(parse_days("mon-fri") == 0x1f);
  CHECK(parse_days("Mon-Fri") == 0x1f);
  CHECK(parse_days("sat,sun") == 0x60);
  CHECK(parse_days("weekends") == 0x60);
  CHECK(parse_days("mon,wed-fri") == 0x1d);
  CHECK(parse_days("friday-monday") == 0x71);
  CHECK(parse_days("sun") == 0x40);
}

TEST_CASE("a bad --days names the expected form") {
  for (auto bad : {"", "mon,", "funday", "mon-", "mon--fri", ",sun", "mon fri"}) {
    CAPTURE(bad);
    CHECK(usage_message([&] { (void)parse_days(bad); }) ==
          "--days takes daily, weekdays, weekends, or day names and ranges such as mon-fri or "
          "sat,sun; got \"" +
              std::string(bad) + "\"");
  }
}

TEST_CASE("OnCalendar= is built from the time and the days") {
  CHECK(on_calendar(at("08:30")) == "*-*-* 08:30:00");
  CHECK(on_calendar(at("7:05", "mon-fri")) == "Mon..Fri *-*-* 07:05:00");
  CHECK(on_calendar(at("21:00", "sat,sun")) == "Sat..Sun *-*-* 21:00:00");
  CHECK(on_calendar(at("21:00", "mon,wed,fri")) == "Mon,Wed,Fri *-*-* 21:00:00");
  CHECK(on_calendar(at("21:00", "fri-mon")) == "Mon,Fri..Sun *-*-* 21:00:00");
}

TEST_CASE("a schedule is described in the words --at and --days take") {
  CHECK(describe(at("08:30")) == "08:30 daily");
  CHECK(describe(at("7:05", "weekdays")) == "07:05 mon-fri");
  CHECK(describe(at("7:05", "mon,wed-thu")) == "07:05 mon,wed-thu");
  // What describe() writes, parse_days() reads back.
  CHECK(parse_days("mon,wed-thu") == at("7:05", "mon,wed-thu").days);
}
