#include "ui/summary.hpp"

#include <doctest/doctest.h>

using namespace knead;
using namespace std::chrono_literals;

TEST_CASE("the summary says what was done, skipped, and how long it took") {
  ui::SessionTotals totals;
  totals.step_count = 4;
  totals.steps_done = 4;
  totals.time = 23min + 10s;
  CHECK(ui::format_summary(totals).utf8() ==
        "Session complete: 4 of 4 steps done, 0 skipped; 23:10 in all, 0:00 paused.");
  totals.outcome = session::Outcome::interrupted;
  totals.reason = "SIGINT";
  totals.steps_done = 1;
  totals.steps_skipped = 1;
  totals.paused = 75s;
  CHECK(ui::format_summary(totals).utf8() ==
        "Session interrupted (SIGINT): 1 of 4 steps done, 1 skipped; 23:10 in all, 1:15 paused.");
  totals.outcome = session::Outcome::quit;
  CHECK(ui::format_summary(totals).utf8().starts_with("Session ended early: "));
}

TEST_CASE("a routine of one step is one step") {
  ui::SessionTotals totals;
  totals.step_count = 1;
  totals.steps_skipped = 1;
  totals.time = 5s;
  CHECK(ui::format_summary(totals).utf8() ==
        "Session complete: 0 of 1 step done, 1 skipped; 0:05 in all, 0:00 paused.");
}
