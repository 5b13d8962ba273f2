// A session's outcome is a word in the history file and in `log --json`, and an
// enum inside: the two meet only at the edges tested here.
#include "history/record.hpp"
#include "history/schema.hpp"
#include "history/sqlite.hpp"
#include "history/store.hpp"
#include "scratch.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace knead::history;
using knead::history::testing::ScratchDir;
using knead::history::testing::utc;

TEST_CASE("each stored outcome reads back from its own word") {
  for (const auto outcome :
       {SessionOutcome::running, SessionOutcome::completed, SessionOutcome::partial,
        SessionOutcome::quit, SessionOutcome::stopped, SessionOutcome::interrupted}) {
    CAPTURE(to_string(outcome));
    CHECK(parse_stored_outcome(to_string(outcome)) == outcome);
  }
  CHECK(std::string(to_string(SessionOutcome::abandoned)) == "abandoned");
  CHECK(std::string(to_string(SessionOutcome::unknown)) == "unknown");
}

TEST_CASE("a word the sessions table never stores is refused") {
  CHECK_FALSE(parse_stored_outcome(""));
  CHECK_FALSE(parse_stored_outcome("abandoned")); // decided on reading, never stored
  CHECK_FALSE(parse_stored_outcome("unknown"));
  CHECK_FALSE(parse_stored_outcome("Completed"));
  CHECK_FALSE(parse_stored_outcome("completed "));
  CHECK_FALSE(parse_stored_outcome("done"));
}

TEST_CASE("an ended session is stored as the engine's outcome, word for word") {
  for (const auto outcome :
       {knead::session::Outcome::completed, knead::session::Outcome::quit,
        knead::session::Outcome::stopped, knead::session::Outcome::interrupted}) {
    CHECK(std::string(to_string(recorded_outcome(outcome, 600, 1200))) ==
          knead::session::to_string(outcome));
  }
}

TEST_CASE("a session that reached its end is completed only with half its working time done") {
  using knead::session::Outcome;
  CHECK(recorded_outcome(Outcome::completed, 1380, 1380) == SessionOutcome::completed);
  CHECK(recorded_outcome(Outcome::completed, 690, 1380) == SessionOutcome::completed);
  CHECK(recorded_outcome(Outcome::completed, 689, 1380) == SessionOutcome::partial);
  CHECK(recorded_outcome(Outcome::completed, 0, 120) == SessionOutcome::partial);
  CHECK(recorded_outcome(Outcome::quit, 1380, 1380) == SessionOutcome::quit);
}

TEST_CASE("a row edited by hand to hold another outcome reads as unknown, and is still listed") {
  const ScratchDir dir;
  const auto path = dir.path() / "history.db";
  {
    auto store = Store::open_for_writing(path);
    store.begin_session({"lower-back", "Lower back", "", 3, "clear", {}, {}},
                        utc("2026-11-22T08:30:00Z"));
  }
  {
    sql::Database db(path, sql::Database::Mode::read_write);
    db.exec("PRAGMA ignore_check_constraints = ON");
    db.exec("UPDATE sessions SET outcome = 'finished'");
  }
  auto store = Store::open_for_reading(path);
  REQUIRE(store);
  const auto sessions = store->sessions({});
  REQUIRE(sessions.size() == 1);
  CHECK(sessions[0].outcome == SessionOutcome::unknown);
}
