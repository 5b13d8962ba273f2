// Why a step was skipped is typed inside and a word at the JSON and SQLite edges.
#include "session/event.hpp"

#include <doctest/doctest.h>

using namespace knead::session;

TEST_CASE("a skip cause in words: the question id, or next for the person") {
  CHECK(to_string(SkipCause{SkippedByScreening{"skin_hips"}}) == "skin_hips");
  CHECK(to_string(SkipCause{SkippedByPerson{}}) == "next");
}

TEST_CASE("an event's reason word comes from its skip cause when it has one") {
  Event event;
  event.kind = EventKind::step_skipped;
  CHECK(reason_word(event).empty());
  CHECK_FALSE(skipped_by_person(event));
  event.skip_cause = SkippedByScreening{"pregnant"};
  CHECK(reason_word(event) == "pregnant");
  CHECK_FALSE(skipped_by_person(event));
  event.skip_cause = SkippedByPerson{};
  CHECK(reason_word(event) == "next");
  CHECK(skipped_by_person(event));

  Event end;
  end.kind = EventKind::session_end;
  end.reason = "quit";
  CHECK(reason_word(end) == "quit");
}
