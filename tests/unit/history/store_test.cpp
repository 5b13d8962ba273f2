#include "history/hash.hpp"
#include "history/store.hpp"
#include "scratch.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace knead::history;
using knead::history::testing::ScratchDir;
using knead::history::testing::utc;
using knead::session::Outcome;

namespace {

SessionStart lower_back() {
  SessionStart start;
  start.routine_id = "lower-back";
  start.routine_title = "Lower back";
  start.routine_hash = content_hash("title = \"Lower back\"");
  start.pain_before = 6;
  start.screening = "clear";
  start.answers = {{"numbness", false}, {"fever", false}};
  start.process = current_process();
  return start;
}

StepRecord step(int number, int actual_s) {
  return {number, "Step " + std::to_string(number), 120, actual_s, actual_s, "together", false, ""};
}

} // namespace

TEST_CASE("a session is written when it starts and finished in place") {
  const ScratchDir dir;
  auto store = Store::open_for_writing(dir.path() / "deep" / "knead" / "history.db");
  const auto id = store.begin_session(lower_back(), utc("2026-11-22T08:30:00Z"));

  auto running = store.sessions({});
  REQUIRE(running.size() == 1);
  CHECK(running[0].outcome == SessionOutcome::running); // our own process: still alive
  CHECK_FALSE(running[0].ended_at);

  store.record_step(id, step(1, 121), 121, 121);
  store.finish_session(id, Outcome::completed, 1400, 1400, {}, utc("2026-11-22T08:55:00Z"));
  store.set_pain_after(id, 4);

  const auto sessions = store.sessions({});
  REQUIRE(sessions.size() == 1);
  const auto &session = sessions[0];
  CHECK(session.routine_id == "lower-back");
  CHECK(session.routine_title == "Lower back");
  CHECK(session.routine_hash == content_hash("title = \"Lower back\""));
  CHECK(format_utc(session.started_at) == "2026-11-22T08:30:00Z");
  REQUIRE(session.ended_at);
  CHECK(format_utc(*session.ended_at) == "2026-11-22T08:55:00Z");
  CHECK(session.outcome == SessionOutcome::completed);
  CHECK(session.active_s == 1400);
  CHECK(session.pain_before == 6);
  CHECK(session.pain_after == 4);
  CHECK(session.screening == "clear");
  CHECK(store.answers(id) == Answers{{"numbness", false}, {"fever", false}});
  const auto steps = store.steps(id);
  REQUIRE(steps.size() == 1);
  CHECK(steps[0].actual_s == 121);
  CHECK(steps[0].planned_s == 120);
}

TEST_CASE("a step written twice keeps its last state, and the cut-short step joins the end") {
  const ScratchDir dir;
  auto store = Store::open_for_writing(dir.path() / "history.db");
  const auto id = store.begin_session(lower_back(), utc("2026-11-22T08:30:00Z"));
  store.record_step(id, step(1, 10), 10, 10);
  store.record_step(id, step(1, 120), 120, 120);
  auto cut = step(2, 30);
  cut.skipped = true;
  cut.skip_reason = "interrupted";
  store.finish_session(id, Outcome::interrupted, 150, 150, {cut}, utc("2026-11-22T08:33:00Z"));

  const auto steps = store.steps(id);
  REQUIRE(steps.size() == 2);
  CHECK(steps[0].actual_s == 120);
  CHECK(steps[1].skipped);
  CHECK(steps[1].skip_reason == "interrupted");
  SessionFilter filter;
  filter.with_skipped_steps = true;
  const auto sessions = store.sessions(filter);
  CHECK(sessions[0].outcome == SessionOutcome::interrupted);
  REQUIRE(sessions[0].skipped.size() == 1);
  CHECK(sessions[0].skipped[0].title == "Step 2");
}

TEST_CASE("a session stopped by screening is an ended row without steps") {
  const ScratchDir dir;
  auto store = Store::open_for_writing(dir.path() / "history.db");
  auto start = lower_back();
  start.pain_before.reset();
  start.screening = "stop";
  start.answers = {{"bladder", true}};
  const auto id = store.record_stopped(start, utc("2026-11-22T08:30:00Z"));
  const auto sessions = store.sessions({});
  REQUIRE(sessions.size() == 1);
  CHECK(sessions[0].outcome == SessionOutcome::stopped);
  CHECK(sessions[0].ended_at == sessions[0].started_at);
  CHECK(sessions[0].screening == "stop");
  CHECK(store.steps(id).empty());
  CHECK(store.answers(id) == Answers{{"bladder", true}});
}

TEST_CASE("sessions are listed newest first, filtered by routine, date and count") {
  const ScratchDir dir;
  auto store = Store::open_for_writing(dir.path() / "history.db");
  auto neck = lower_back();
  neck.routine_id = "neck";
  store.begin_session(lower_back(), utc("2026-11-20T08:00:00Z"));
  store.begin_session(neck, utc("2026-11-21T08:00:00Z"));
  store.begin_session(lower_back(), utc("2026-11-22T08:00:00Z"));

  auto all = store.sessions({});
  REQUIRE(all.size() == 3);
  CHECK(format_utc(all[0].started_at) == "2026-11-22T08:00:00Z");
  CHECK(format_utc(all[2].started_at) == "2026-11-20T08:00:00Z");

  SessionFilter filter;
  filter.routine = "lower-back";
  CHECK(store.sessions(filter).size() == 2);
  filter.since = utc("2026-11-21T00:00:00Z");
  CHECK(store.sessions(filter).size() == 1);
  SessionFilter limited;
  limited.limit = 2;
  const auto newest = store.sessions(limited);
  REQUIRE(newest.size() == 2);
  CHECK(newest[1].routine_id == "neck");
}

TEST_CASE("a running session whose process is gone reads as abandoned") {
  const ScratchDir dir;
  auto store = Store::open_for_writing(dir.path() / "history.db");
  store.begin_session(lower_back(), utc("2026-11-22T08:30:00Z"));
  const auto sessions =
      store.sessions({}, [](const ProcessIdentity &identity) { return identity.pid == -1; });
  CHECK(sessions[0].outcome == SessionOutcome::abandoned);
  // A finished session never reads as abandoned, whatever became of its process.
  const auto id = store.begin_session(lower_back(), utc("2026-11-22T09:30:00Z"));
  store.finish_session(id, Outcome::quit, 60, 60, {}, utc("2026-11-22T09:31:00Z"));
  CHECK(store.sessions({}, [](const ProcessIdentity &) { return false; })[0].outcome ==
        SessionOutcome::quit);
}

TEST_CASE("reading a missing history neither fails nor creates the file") {
  const ScratchDir dir;
  const auto path = dir.path() / "knead" / "history.db";
  CHECK_FALSE(Store::open_for_reading(path));
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK_FALSE(std::filesystem::exists(path.parent_path()));
}

TEST_CASE("a file where the folder should be is a StoreError naming the file") {
  const ScratchDir dir;
  { std::ofstream(dir.path() / "knead") << "not a folder"; }
  const auto path = dir.path() / "knead" / "history.db";
  CHECK_THROWS_WITH_AS(Store::open_for_writing(path), (path.string() + ": Not a directory").c_str(),
                       StoreError);
}

TEST_CASE("the history is in WAL mode and passes SQLite's integrity check") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  {
    auto store = Store::open_for_writing(path);
    store.begin_session(lower_back(), utc("2026-11-22T08:30:00Z"));
  }
  sql::Database db(path, sql::Database::Mode::read_only);
  auto mode = db.prepare("PRAGMA journal_mode");
  REQUIRE(mode.step());
  CHECK(mode.text(0) == "wal");
  auto check = db.prepare("PRAGMA integrity_check");
  REQUIRE(check.step());
  CHECK(check.text(0) == "ok");
}

TEST_CASE("the content hash is FNV-1a 64 in hex") {
  CHECK(content_hash("") == "cbf29ce484222325");
  CHECK(content_hash("a") == "af63dc4c8601ec8c");
  CHECK(content_hash("foobar") == "85944171f73967e8");
}
