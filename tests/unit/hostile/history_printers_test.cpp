// Hand-edited history rows (any text in any column) through log and stats, in
// every format.
#include "check_safe.hpp"
#include "history/log_format.hpp"
#include "history/stats.hpp"
#include "history/stats_format.hpp"

#include <algorithm>

using namespace knead;
using test::hostile_strings;

namespace {

std::vector<history::SessionRecord> rows_full_of(const std::string &text) {
  history::SessionRecord row;
  row.id = 7;
  row.routine_id = text;
  row.routine_title = text;
  row.routine_hash = text;
  row.outcome = history::SessionOutcome::unknown; // what any other stored word reads as
  row.active_s = 90;
  row.pain_before = 6;
  row.screening = text;
  row.skipped = {{2, text, text}, {3, text, text}};
  auto unrated = row;
  unrated.id = 8;
  unrated.ended_at = history::TimePoint{};
  unrated.pain_before.reset();
  return {row, unrated};
}

} // namespace

TEST_CASE("log prints hand-edited rows safely as text, JSON and CSV") {
  for (const auto &hostile : hostile_strings()) {
    const auto rows = rows_full_of(hostile.text);
    for (const auto charset : {Charset::utf8, Charset::ascii}) {
      const auto text = history::format_log_text(rows, charset);
      CHECK_SAFE(text, hostile);
      CHECK(std::count(text.utf8().begin(), text.utf8().end(), '\n') == 2);
    }
    CHECK_SAFE_JSON(history::format_log_json(rows), hostile);
    // A line break from a field would start a new record.
    const auto csv = history::format_log_csv(rows);
    CHECK_SAFE(csv, hostile);
    CHECK(std::count(csv.utf8().begin(), csv.utf8().end(), '\n') == 3);
  }
}

TEST_CASE("stats prints a hostile routine name safely as text and JSON") {
  history::Stats stats;
  stats.pain_trend = {std::nullopt, 4.5};
  for (const auto &hostile : hostile_strings()) {
    for (const auto charset : {Charset::utf8, Charset::ascii}) {
      CHECK_SAFE(history::format_stats_text(stats, hostile.text, charset), hostile);
    }
    CHECK_SAFE_JSON(history::format_stats_json(stats, hostile.text), hostile);
  }
}
