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

Event event(EventKind kind, int step, int t_s, std::string reason = {}) {
  Event e;
  e.kind = kind;
  e.step = step;
  e.t = milliseconds(t_s * 1000);
  e.reason = std::move(reason);
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
  recorder.on_event(event(EventKind::step_end, 1, 125));
  auto skipped = event(EventKind::step_skipped, 2, 125);
  skipped.skip_cause = knead::session::SkippedByScreening{"hip-replacement"};
  recorder.on_event(skipped);
  recorder.on_event(event(EventKind::step_start, 3, 125));
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
  recorder.on_event(event(EventKind::step_end, 1, 120));
  recorder.finish(Outcome::completed);
  recorder.pain_after(2);
  CHECK(recorder.failed());
  CHECK(warnings.text ==
        "cannot record this session in the history: " + path.string() + ": Not a directory\n");
}

TEST_CASE("a failure after a good start is one warning too, and later writes stay quiet") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  Warnings warnings;
  const auto plan = three_steps();
  Recorder recorder(path, fixed("2026-11-22T08:30:00Z"), warnings.sink());
  recorder.begin(plan, start_of(plan));
  {
    // Another process holds the write lock for longer than the busy timeout.
    sql::Database other(path, sql::Database::Mode::read_write);
    other.exec("BEGIN IMMEDIATE");
    recorder.on_event(event(EventKind::step_start, 1, 0));
    recorder.on_event(event(EventKind::step_end, 1, 120));
    other.exec("ROLLBACK");
  }
  recorder.finish(Outcome::completed);
  CHECK(recorder.failed());
  CHECK(warnings.text ==
        "cannot record this session in the history: " + path.string() + ": database is locked\n");
  // The row stays `running`; once this process is gone it reads as abandoned.
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
