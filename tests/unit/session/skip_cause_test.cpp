// Why a step was skipped is typed inside and a word at the JSON and SQLite edges.
#include "session/event.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>

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
  CHECK(reason_word(end).empty());
  end.ending = SessionEnding{Outcome::quit};
  CHECK(reason_word(end) == "quit");
  CHECK_FALSE(completed_session(end));
  end.ending = SessionEnding{Outcome::completed};
  CHECK(reason_word(end) == "completed");
  CHECK(completed_session(end));
  end.ending = SessionEnding{Outcome::interrupted, SIGTERM};
  CHECK(reason_word(end) == "SIGTERM");
  end.ending = SessionEnding{Outcome::interrupted, SIGRTMIN + 3};
  CHECK(reason_word(end) == "SIGRTMIN+3");
  end.ending = SessionEnding{Outcome::interrupted, 0};
  CHECK(reason_word(end) == "error");
}

TEST_CASE("the other reason words: an alternative's question, the skin limit, an adjustment") {
  Event swap;
  swap.kind = EventKind::alternative;
  swap.question_id = "cold_allergy";
  CHECK(reason_word(swap) == "cold_allergy");
  Event end;
  end.kind = EventKind::step_end;
  CHECK(reason_word(end).empty());
  end.skin_limit = true;
  CHECK(reason_word(end) == "skin_limit");
  Event adjusted;
  adjusted.kind = EventKind::adjusted;
  adjusted.adjust = std::chrono::seconds(15);
  CHECK(reason_word(adjusted) == "+15s");
  adjusted.adjust = std::chrono::seconds(-15);
  CHECK(reason_word(adjusted) == "-15s");
  adjusted.adjust = std::chrono::seconds(0); // -15 s at the floor changes nothing
  CHECK(reason_word(adjusted) == "-15s");
  Event other;
  other.kind = EventKind::hold;
  other.question_id = "ignored";
  CHECK(reason_word(other).empty());
}
