#include "history/recorder.hpp"
#include "scratch.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace knead::history;
using knead::history::testing::ScratchDir;
using knead::history::testing::utc;
using knead::session::Event;
using knead::session::EventKind;
using knead::session::Outcome;
using std::chrono::milliseconds;

namespace {

knead::session::Plan three_steps() {
  knead::routine::Routine routine;
  routine.id = "lower-back";
  routine.title = "Lower back";
  for (const char *title : {"Paraspinals", "Hips", "Ice"}) {
    knead::routine::Step step;
    step.title = title;
    step.hold = std::chrono::seconds(120);
    routine.steps.push_back(step);
  }
  auto plan = knead::session::make_plan(routine);
  plan.steps[1].skipped = true;
  plan.steps[1].skip_reason = "hip-replacement";
  return plan;
}

SessionStart start_of(const knead::session::Plan &plan) {
  return {plan.routine_id, plan.routine_title,          "0123",           6,
          "skip",          {{"hip-replacement", true}}, current_process()};
}

Event event(EventKind kind, int step, int t_s) {
  Event e;
  e.kind = kind;
  e.step = step;
  e.t = milliseconds(t_s * 1000);
  return e;
}

// The warnings a recorder gives, one a line.
struct Warnings {
  std::string text;
  knead::WarningSink sink() {
    return [this](const knead::Text &message) { text += message.utf8() + "\n"; };
  }
};

WallClock fixed(const char *when) {
  return [time = utc(when)] { return time; };
}

// Short waits for the lock, so a test holding it costs milliseconds, not seconds.
RecorderOptions quick(std::function<void()> before_write = {}) {
  RecorderOptions options;
  options.busy_timeout = milliseconds(10);
  options.final_busy_timeout = milliseconds(10);
  options.before_write = std::move(before_write);
  return options;
}

} // namespace

TEST_CASE("the recorder writes each step as it ends and the outcome at the end") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  Warnings warnings;
  const auto plan = three_steps();
  Recorder recorder(path, fixed("2026-11-22T08:30:00Z"), warnings.sink());
  recorder.begin(plan, start_of(plan));
  recorder.on_event(event(EventKind::session_start, 0, 0));
  recorder.on_event(event(EventKind::step_start, 1, 0));
  recorder.on_event(event(EventKind::hold, 1, 0));
  recorder.on_event(event(EventKind::step_end, 1, 125));
  auto skipped = event(EventKind::step_skipped, 2, 125);
  skipped.skip_cause = knead::session::SkippedByScreening{"hip-replacement"};
  recorder.on_event(skipped);
  recorder.on_event(event(EventKind::step_start, 3, 125));
  recorder.on_event(event(EventKind::hold, 3, 125));
  recorder.on_event(event(EventKind::step_end, 3, 245));
  recorder.on_event(event(EventKind::session_end, 0, 245));
  recorder.finish(Outcome::completed);
  recorder.pain_after(3);
  CHECK(warnings.text.empty());
  CHECK_FALSE(recorder.failed());

  auto store = *Store::open_for_reading(path);
  const auto sessions = store.sessions({});
  REQUIRE(sessions.size() == 1);
  CHECK(sessions[0].outcome == SessionOutcome::completed);
  CHECK(sessions[0].active_s == 245);
  CHECK(sessions[0].working_s == 245);
  CHECK(sessions[0].planned_s == 240); // step 2 was left out by screening
  CHECK(sessions[0].step_count == 3);
  CHECK(sessions[0].steps_done == 2);
  CHECK(sessions[0].steps_skipped == 1);
  CHECK(sessions[0].pain_before == 6);
  CHECK(sessions[0].pain_after == 3);
  const auto steps = store.steps(sessions[0].id);
  REQUIRE(steps.size() == 3);
  CHECK(steps[0].title == "Paraspinals");
  CHECK(steps[0].planned_s == 120);
  CHECK(steps[0].actual_s == 125);
  CHECK(steps[0].sides == "together");
  CHECK(steps[1].skipped);
  CHECK(steps[1].skip_reason == "hip-replacement");
  CHECK(steps[1].actual_s == 0);
  CHECK(steps[2].actual_s == 120);
  CHECK(store.answers(sessions[0].id) == Answers{{"hip-replacement", true}});
}

TEST_CASE("an interrupted session keeps the steps done and marks the one cut short") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  Warnings warnings;
  const auto plan = three_steps();
  Recorder recorder(path, fixed("2026-11-22T08:30:00Z"), warnings.sink());
  recorder.begin(plan, start_of(plan));
  recorder.on_event(event(EventKind::step_start, 1, 0));
  recorder.on_event(event(EventKind::step_end, 1, 120));
  recorder.on_event(event(EventKind::step_start, 3, 120));
  // Between two events the process may die: what is there must already be readable.
  {
    auto store = *Store::open_for_reading(path);
    const auto sessions = store.sessions({});
    CHECK(sessions[0].outcome == SessionOutcome::running);
    CHECK(sessions[0].active_s == 120);
    CHECK(store.steps(sessions[0].id).size() == 2); // step 1 and the skipped step 2
  }
  recorder.on_event(event(EventKind::paused, 3, 150));
  recorder.finish(Outcome::interrupted);

  auto store = *Store::open_for_reading(path);
  const auto session = store.sessions({})[0];
  CHECK(session.outcome == SessionOutcome::interrupted);
  CHECK(session.active_s == 150);
  const auto steps = store.steps(session.id);
  REQUIRE(steps.size() == 3);
  CHECK(steps[2].skipped);
  CHECK(steps[2].skip_reason == "interrupted");
  CHECK(steps[2].actual_s == 30);
}

TEST_CASE("a history that cannot be opened gives one warning and records nothing") {
  const ScratchDir dir;
  { std::ofstream(dir.path() / "knead") << "a file where the folder should be"; }
  const auto path = dir.path() / "knead" / "history.db";
  Warnings warnings;
  const auto plan = three_steps();
  Recorder recorder(path, fixed("2026-11-22T08:30:00Z"), warnings.sink());
  recorder.begin(plan, start_of(plan));
  recorder.on_event(event(EventKind::step_start, 1, 0));
  recorder.on_event(event(EventKind::hold, 1, 0));
  recorder.on_event(event(EventKind::step_end, 1, 120));
  recorder.finish(Outcome::completed);
  recorder.pain_after(2);
  CHECK(recorder.failed());
  CHECK(warnings.text ==
        "cannot record this session in the history: " + path.string() + ": Not a directory\n");
}

TEST_CASE("a lock held for longer than the busy timeout delays the writes, and loses none") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  Warnings warnings;
  const auto plan = three_steps();
  Recorder recorder(path, fixed("2026-11-22T08:30:00Z"), warnings.sink(), quick());
  recorder.begin(plan, start_of(plan));
  {
    // Another process holds the write lock through step 1's end.
    sql::Database other(path, sql::Database::Mode::read_write);
    other.exec("BEGIN IMMEDIATE");
    recorder.on_event(event(EventKind::step_start, 1, 0));
    recorder.on_event(event(EventKind::hold, 1, 0));
    recorder.on_event(event(EventKind::step_end, 1, 120));
    other.exec("ROLLBACK");
  }
  {
    auto store = *Store::open_for_reading(path);
    const auto sessions = store.sessions({});
    REQUIRE(sessions.size() == 1);
    CHECK(store.steps(sessions[0].id).size() == 1); // only the skipped step 2 so far
  }
  // Step 3's write takes step 1's with it.
  recorder.on_event(event(EventKind::step_start, 3, 120));
  recorder.on_event(event(EventKind::hold, 3, 120));
  recorder.on_event(event(EventKind::step_end, 3, 240));
  {
    auto store = *Store::open_for_reading(path);
    CHECK(store.steps(store.sessions({})[0].id).size() == 3);
  }
  recorder.finish(Outcome::completed);
  CHECK(warnings.text.empty());
  CHECK_FALSE(recorder.failed());
  auto store = *Store::open_for_reading(path);
  const auto session = store.sessions({})[0];
  CHECK(session.outcome == SessionOutcome::completed);
  CHECK(store.steps(session.id).size() == 3);
}

TEST_CASE("failed writes, even of the running row, are caught up in one transaction") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  Warnings warnings;
  const auto plan = three_steps();
  int failures_left = 3; // the row, step 1's end and the skip of step 2 all fail
  int writes = 0;
  Recorder recorder(path, fixed("2026-11-22T08:30:00Z"), warnings.sink(), quick([&] {
                      ++writes;
                      if (failures_left > 0) {
                        --failures_left;
                        throw StoreError(path.string() + ": database or disk is full");
                      }
                    }));
  recorder.begin(plan, start_of(plan));
  recorder.on_event(event(EventKind::step_start, 1, 0));
  recorder.on_event(event(EventKind::hold, 1, 0));
  recorder.on_event(event(EventKind::step_end, 1, 120));
  auto skipped = event(EventKind::step_skipped, 2, 120);
  skipped.skip_cause = knead::session::SkippedByPerson{};
  recorder.on_event(skipped);
  CHECK(Store::open_for_reading(path)->sessions({}).empty());
  recorder.on_event(event(EventKind::step_start, 3, 120));
  recorder.on_event(event(EventKind::hold, 3, 120));
  recorder.on_event(event(EventKind::step_end, 3, 240)); // the fourth write succeeds
  CHECK(writes == 4);
  recorder.finish(Outcome::completed);
  recorder.pain_after(2);
  CHECK(warnings.text.empty());
  auto store = *Store::open_for_reading(path);
  const auto sessions = store.sessions({});
  REQUIRE(sessions.size() == 1);
  CHECK(sessions[0].outcome == SessionOutcome::completed);
  CHECK(sessions[0].started_at == utc("2026-11-22T08:30:00Z"));
  CHECK(sessions[0].active_s == 240);
  CHECK(sessions[0].pain_after == 2);
  const auto steps = store.steps(sessions[0].id);
  REQUIRE(steps.size() == 3);
  CHECK(steps[0].actual_s == 120);
  CHECK(steps[1].skip_reason == "next");
  CHECK(steps[2].actual_s == 120);
}

TEST_CASE("when the last write fails too there is one warning, and the row reads running") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  Warnings warnings;
  const auto plan = three_steps();
  bool fail = false;
  Recorder recorder(path, fixed("2026-11-22T08:30:00Z"), warnings.sink(), quick([&] {
                      if (fail) {
                        throw StoreError(path.string() + ": database is locked");
                      }
                    }));
  recorder.begin(plan, start_of(plan));
  fail = true;
  recorder.on_event(event(EventKind::step_start, 1, 0));
  recorder.on_event(event(EventKind::hold, 1, 0));
  recorder.on_event(event(EventKind::step_end, 1, 120));
  CHECK(warnings.text.empty()); // not yet: the next write may catch up
  recorder.finish(Outcome::completed);
  recorder.pain_after(2);
  CHECK(recorder.failed());
  CHECK(warnings.text ==
        "cannot record this session in the history: " + path.string() + ": database is locked\n");
  // Once this process is gone the row reads as abandoned.
  CHECK(Store::open_for_reading(path)->sessions({})[0].outcome == SessionOutcome::running);
}

TEST_CASE("with no path (--no-history) the recorder writes nothing and says nothing") {
  const ScratchDir dir;
  Warnings warnings;
  const auto plan = three_steps();
  Recorder recorder({}, fixed("2026-11-22T08:30:00Z"), warnings.sink());
  recorder.begin(plan, start_of(plan));
  recorder.finish(Outcome::completed);
  CHECK(warnings.text.empty());
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("a session whose steps the person skipped reaches its end as partial") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  Warnings warnings;
  const auto plan = three_steps();
  Recorder recorder(path, fixed("2026-11-22T08:30:00Z"), warnings.sink());
  recorder.begin(plan, start_of(plan));
  recorder.on_event(event(EventKind::session_start, 0, 0));
  recorder.on_event(event(EventKind::step_start, 1, 0));
  recorder.on_event(event(EventKind::hold, 1, 0));
  auto next = event(EventKind::step_skipped, 1, 5);
  next.skip_cause = knead::session::SkippedByPerson{};
  recorder.on_event(next);
  recorder.on_event(event(EventKind::step_start, 3, 5));
  recorder.on_event(event(EventKind::hold, 3, 5));
  next.step = 3;
  next.t = milliseconds(9000);
  recorder.on_event(next);
  recorder.on_event(event(EventKind::session_end, 0, 9));
  recorder.finish(Outcome::completed);

  auto store = *Store::open_for_reading(path);
  const auto session = store.sessions({})[0];
  CHECK(session.outcome == SessionOutcome::partial);
  CHECK(session.working_s == 9);
  CHECK(session.steps_done == 0);
  CHECK(session.steps_skipped == 3);
  CHECK_FALSE(store.has_completed("", utc("2026-11-22T00:00:00Z"), utc("2026-11-23T00:00:00Z")));
}

TEST_CASE("a session at another speed is kept with its speed and not counted as done") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  Warnings warnings;
  const auto plan = three_steps();
  Recorder recorder(path, fixed("2026-11-22T08:30:00Z"), warnings.sink());
  auto start = start_of(plan);
  start.speed = 100;
  recorder.begin(plan, start);
  recorder.on_event(event(EventKind::step_start, 1, 0));
  recorder.on_event(event(EventKind::hold, 1, 0));
  recorder.on_event(event(EventKind::step_end, 1, 120));
  recorder.on_event(event(EventKind::step_start, 3, 120));
  recorder.on_event(event(EventKind::hold, 3, 120));
  recorder.on_event(event(EventKind::step_end, 3, 240));
  recorder.finish(Outcome::completed);
  auto store = *Store::open_for_reading(path);
  const auto session = store.sessions({})[0];
  CHECK(session.outcome == SessionOutcome::completed);
  CHECK(session.speed == 100.0);
  CHECK_FALSE(counts(session));
  CHECK_FALSE(store.has_completed("", utc("2026-11-22T00:00:00Z"), utc("2026-11-23T00:00:00Z")));
}
