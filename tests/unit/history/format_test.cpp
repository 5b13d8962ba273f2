#include "history/log_format.hpp"
#include "history/pain.hpp"
#include "history/sparkline.hpp"
#include "history/stats_format.hpp"
#include "scratch.hpp"
#include "util/utf8.hpp"

#include <doctest/doctest.h>

using namespace knead::history;
using knead::Charset;
using knead::history::testing::TimeZone;
using knead::history::testing::utc;

namespace {

SessionRecord completed() {
  SessionRecord record;
  record.id = 7;
  record.routine_id = "lower-back";
  record.routine_title = "Lower back";
  record.routine_hash = "cbf29ce484222325";
  record.started_at = utc("2026-11-22T08:30:00Z");
  record.ended_at = utc("2026-11-22T08:54:00Z");
  record.outcome = SessionOutcome::completed;
  record.active_s = 1410;
  record.working_s = 1200;
  record.planned_s = 1200;
  record.step_count = 4;
  record.steps_done = 3;
  record.steps_skipped = 1;
  record.pain_before = 6;
  record.pain_after = 4;
  record.screening = "skip";
  record.skipped = {{2, "Hips", "hip-replacement"}};
  return record;
}

} // namespace

TEST_CASE("log --json rows carry the documented fields, null for a missing rating") {
  auto running = completed();
  running.ended_at.reset();
  running.outcome = SessionOutcome::abandoned;
  running.pain_after.reset();
  running.skipped.clear();
  CHECK(format_log_json({completed(), running}) ==
        R"([
{"id":7,"routine":"lower-back","title":"Lower back","started_at":"2026-11-22T08:30:00Z","ended_at":"2026-11-22T08:54:00Z","outcome":"completed","minutes":20.0,"session_minutes":23.5,"planned_minutes":20.0,"pain_before":6,"pain_after":4,"pain_change":-2,"step_count":4,"steps_done":3,"steps_skipped":1,"skipped":[{"step":2,"title":"Hips","reason":"hip-replacement"}],"screening":"skip","after_advice":"","routine_hash":"cbf29ce484222325","speed":1,"counted":true,"note":""},
{"id":7,"routine":"lower-back","title":"Lower back","started_at":"2026-11-22T08:30:00Z","ended_at":null,"outcome":"abandoned","minutes":20.0,"session_minutes":23.5,"planned_minutes":20.0,"pain_before":6,"pain_after":null,"pain_change":null,"step_count":4,"steps_done":3,"steps_skipped":1,"skipped":[],"screening":"skip","after_advice":"","routine_hash":"cbf29ce484222325","speed":1,"counted":false,"note":""}
]
)");
  CHECK(format_log_json({}) == "[]\n");
}

TEST_CASE("text read back from the database cannot carry escape sequences") {
  auto hostile = completed();
  hostile.routine_id = "evil\x1b]52;c;aGk=\x07\"";
  hostile.skipped[0].title = "\x1b[2J";
  const auto json = format_log_json({hostile});
  CHECK(json.find('\x1b') == std::string::npos);
  CHECK(json.find(R"("routine":"evil�]52;c;aGk=�\"")") != std::string::npos);
  const auto text = format_log_text({hostile}, Charset::ascii).utf8();
  CHECK(text.find('\x1b') == std::string::npos);
  const auto csv = format_log_csv({hostile}).utf8();
  CHECK(csv.find('\x1b') == std::string::npos);
  CHECK(csv.find(R"("evil�]52;c;aGk=�""")") != std::string::npos);
}

TEST_CASE("log --csv has a header and counts skipped steps") {
  CHECK(format_log_csv({completed()}).utf8() ==
        "routine,started_at,ended_at,outcome,minutes,pain_before,pain_after,skipped,id,"
        "steps_done,step_count,speed,note\n"
        "lower-back,2026-11-22T08:30:00Z,2026-11-22T08:54:00Z,completed,20.0,6,4,1,7,3,4,1,\n");
}

TEST_CASE("log text shows the id, local times, the steps and the pain change") {
  const TimeZone zone("UTC0");
  CHECK(format_log_text({completed()}, Charset::utf8).utf8() ==
        "#7    2026-11-22 08:30  lower-back   completed    20.0 min  3 of 4 steps done, 1 skipped"
        "  pain 6 → 4 (-2)\n");
  CHECK(format_log_text({completed()}, Charset::ascii).utf8() ==
        "#7    2026-11-22 08:30  lower-back   completed    20.0 min  3 of 4 steps done, 1 skipped"
        "  pain 6 -> 4 (-2)\n");
  auto one = completed();
  one.step_count = 1;
  one.steps_done = 0;
  one.outcome = SessionOutcome::partial;
  one.speed = 10;
  one.note = "stiff\x1b[2J in the evening";
  one.pain_after = 6;
  CHECK(format_log_text({one}, Charset::ascii).utf8() ==
        "#7    2026-11-22 08:30  lower-back   partial      20.0 min  0 of 1 step done, 1 skipped"
        "  pain 6 -> 6 (no change)  at --speed 10, not counted\n"
        "      note: stiff\xef\xbf\xbd[2J in the evening\n");
  CHECK(format_log_text({}, Charset::utf8).utf8() == "No sessions recorded.\n");
}

TEST_CASE("the log's columns line up for any routine id and session number") {
  auto short_id = completed();
  short_id.routine_id = "a";
  auto long_id = completed();
  long_id.id = 123456;
  long_id.routine_id = "evening-back-and-hips-after-work-and-more";
  auto wide_id = completed();
  wide_id.routine_id = "\u00e9tirement-\u0434\u043e\u043c";
  for (const auto charset : {Charset::utf8, Charset::ascii}) {
    const auto text = format_log_text({short_id, long_id, wide_id, completed()}, charset).utf8();
    std::vector<std::size_t> outcome_at;
    std::size_t start = 0;
    for (auto end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
      const auto line = text.substr(start, end - start);
      const auto at = line.find("completed");
      REQUIRE(at != std::string::npos);
      outcome_at.push_back(knead::utf8::width(line.substr(0, at)));
      start = end + 1;
    }
    REQUIRE(outcome_at.size() == 4);
    CHECK(outcome_at[0] == outcome_at[1]);
    CHECK(outcome_at[1] == outcome_at[2]);
    CHECK(outcome_at[2] == outcome_at[3]);
    CHECK(text.find("evening-back-and-hips") != std::string::npos); // cut at 24 columns
    CHECK(text.find("evening-back-and-hips-after") == std::string::npos);
  }
}

TEST_CASE("the sparkline has a fixed 0-10 scale, Unicode or ASCII, blank for no data") {
  const std::vector<std::optional<double>> values{0.0, std::nullopt, 5.0, 10.0, 12.0};
  CHECK(sparkline(values, true) == "▁ ▅██");
  CHECK(sparkline(values, false) == "_ =##");
}

TEST_CASE("stats JSON names every figure — the text puts the threshold note beside the trend") {
  const TimeZone zone("UTC0");
  // 2026-11-02 and 2026-11-23 are Mondays; "now" is Thursday 2026-11-26.
  std::vector<SessionRecord> sessions;
  for (const char *when : {"2026-11-02T08:00:00Z", "2026-11-03T08:00:00Z", "2026-11-24T08:00:00Z",
                           "2026-11-25T08:00:00Z"}) {
    auto session = completed();
    session.started_at = utc(when);
    sessions.push_back(session);
  }
  sessions[0].pain_before = 6;
  sessions[1].pain_before = 7;
  sessions[2].pain_before = 4;
  sessions[3].pain_before = 4;
  sessions[3].outcome = SessionOutcome::partial;
  const auto stats = compute_stats(sessions, utc("2026-11-26T20:00:00Z"));
  const auto json = format_stats_json(stats, "lower-back");
  CHECK(json.starts_with(
      R"({"routine":"lower-back","sessions_this_week":1,"sessions_total":3,)"
      R"("current_streak":0,"longest_streak":2,"minutes_total":80.0,)"
      R"("pain_before_average":5.2,"pain_after_average":4.0,"pain_pairs":4,"pain_trend":[)"));
  CHECK(
      json.find(R"("pain_trend_start":"2026-10-28","calendar_start":"2026-09-04","calendar":[)") !=
      std::string::npos);
  CHECK(json.find(R"("progress":[{"routine":"lower-back","weeks":2,"first_week":"2026-11-02",)"
                  R"("first_median":6.5,"last_week":"2026-11-23","last_median":4.0,"change":-2.5,)"
                  R"("meaningful":true}],"meaningful_change":"A change of about 2 points or 30% )"
                  R"(over weeks is the usual threshold for a meaningful change (Farrar et al., )"
                  R"(Pain 2001), not one session's before and after."})") != std::string::npos);
  CHECK(format_stats_text(stats, "", Charset::ascii).utf8() ==
        "Routine:      all routines\n"
        "Sessions:     1 this week, 3 in all (completed)\n"
        "Streak:       0 days (longest 2 days)\n"
        "Time:         80 minutes of working time in all\n"
        "Pain (0-10):  5.2 before, 4.0 after, on average over the 4 sessions rated both times\n"
        "Change:       lower-back: weekly median 6.5 → 4.0 from the week of 2026-11-02 (-2.5 "
        "points, -38%): a meaningful improvement\n"
        "              A change of about 2 points or 30% over weeks is the usual threshold for a "
        "meaningful change (Farrar et al., Pain 2001), not one session's before and after.\n"
        "Pain trend:   [     =+                    ~~ ] pain before each day's sessions\n"
        "               2026-10-28          2026-11-26\n"
        "Last 12 weeks: # completed, + partial, . none (3 of 84 days completed)\n"
        "  Mon  ........#...\n"
        "  Tue  ........#..#\n"
        "  Wed  ...........+\n"
        "  Thu  ............\n"
        "  Fri ............ \n"
        "  Sat ............ \n"
        "  Sun ............ \n");
}

TEST_CASE("the log shows the advice kept with a session, as it was given") {
  auto worse = completed();
  worse.pain_before = 3;
  worse.pain_after = 5;
  worse.advice = std::string(knead::history::k_worse_after_advice);
  CHECK(
      format_log_json({worse}).find(
          R"("after_advice":"Your pain is worse than before the session. Stop for today, and if it stays worse, ask a health professional.")") !=
      std::string::npos);
  CHECK(format_log_text({worse}, Charset::ascii).utf8().find("\n      Your pain is worse than") !=
        std::string::npos);
  // What was said stays as it was said: the ratings alone decide nothing here.
  worse.pain_after = 4;
  CHECK(format_log_json({worse}).find(R"("after_advice":"Your pain is worse)") !=
        std::string::npos);
  worse.advice.clear();
  worse.pain_after = 9;
  CHECK(format_log_json({worse}).find(R"("after_advice":"")") != std::string::npos);
  CHECK(format_log_text({worse}, Charset::ascii).utf8().find("Your pain is worse") ==
        std::string::npos);
  // A history file is data like any other: its advice is shown sanitised.
  worse.advice = "worse\x1b[2J";
  CHECK(format_log_text({worse}, Charset::ascii).utf8().find('\x1b') == std::string::npos);
}
