#include "voice/queue.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

namespace doctest {
template <> struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string> &lines) {
    std::string joined;
    for (const auto &line : lines) {
      joined += "[" + line + "] ";
    }
    return joined.c_str();
  }
};
} // namespace doctest

using namespace knead;
using namespace std::chrono_literals;
using session::Ms;
using voice::LineKind;
using voice::SpeechQueue;

namespace {

voice::Line line(Ms at, LineKind kind, std::string text, int step = 1) {
  voice::Line made;
  made.at = at;
  made.kind = kind;
  made.text = std::move(text);
  made.step = step;
  return made;
}

struct Said {
  Ms start;
  Ms end;
  std::string text;
  bool brief;
};

// A player on a virtual clock: every 10 ms, when nothing speaks, asks the queue what
// to start and speaks it for its length. `next_moment` is the engine's next phase end.
std::vector<Said> play(SpeechQueue &queue, Ms until,
                       const std::function<std::optional<Ms>(Ms)> &next_moment = {}) {
  std::vector<Said> said;
  Ms busy_until{-1};
  for (Ms now{0}; now <= until; now += 10ms) {
    if (now < busy_until) {
      continue;
    }
    if (auto start = queue.take(now, next_moment ? next_moment(now) : std::nullopt)) {
      busy_until = now + start->length;
      said.push_back({now, busy_until,
                      start->brief ? "(brief) " + start->line.text : start->line.text,
                      start->brief});
    }
  }
  return said;
}

std::vector<std::string> texts(const std::vector<Said> &said) {
  std::vector<std::string> out;
  for (const auto &s : said) {
    out.push_back(std::to_string(s.start.count()) + " " + s.text);
  }
  return out;
}

} // namespace

TEST_CASE("speech never overlaps itself: each line starts when the last has ended") {
  SpeechQueue queue;
  queue.add(line(0ms, LineKind::step, "Step one"), {1500ms, {}});
  queue.add(line(0ms, LineKind::press, "Press in"), {700ms, {}});
  queue.add(line(1000ms, LineKind::count, "Two"), {400ms, {}});
  const auto said = play(queue, 5s);
  CHECK(texts(said) == std::vector<std::string>{"0 Step one", "1500 Press in", "2200 Two"});
  for (std::size_t i = 1; i < said.size(); ++i) {
    CHECK(said[i].start >= said[i - 1].end);
  }
}

TEST_CASE("a moment goes before a reading that waits, and at its time") {
  SpeechQueue queue;
  queue.add(line(0ms, LineKind::where, "Where"), {1000ms, {}});
  queue.add(line(0ms, LineKind::press, "Press in"), {500ms, {}});
  queue.add(line(3000ms, LineKind::release, "Release slowly"), {800ms, {}});
  const auto said = play(queue, 5s);
  CHECK(texts(said) == std::vector<std::string>{"0 Press in", "500 Where", "3000 Release slowly"});
}

TEST_CASE("a reading that does not fit before the next moment is said in its short form") {
  SpeechQueue queue;
  auto where = line(0ms, LineKind::where, "A long where");
  queue.add(where, {6000ms, 2000ms});
  queue.add(line(4000ms, LineKind::hold, "Hold"), {500ms, {}});
  const auto said = play(queue, 10s);
  CHECK(texts(said) == std::vector<std::string>{"0 (brief) A long where", "4000 Hold"});
  CHECK(said[0].end + SpeechQueue::k_margin <= 4000ms);
}

TEST_CASE("the next phase end counts as a moment a reading must not run over") {
  SpeechQueue queue;
  queue.add(line(0ms, LineKind::how, "How"), {3000ms, {}});
  // No line waits at 2 s, but the phase ends there (the engine's deadline): the
  // reading waits past it, and is said once it is no longer in the way.
  const auto said = play(queue, 10s, [](Ms now) {
    return now < 2000ms ? std::optional<Ms>(2000ms) : std::optional<Ms>(60'000ms);
  });
  CHECK(texts(said) == std::vector<std::string>{"2000 How"});
}

TEST_CASE("a reading that fits in neither form is moved after the moment, in its order") {
  SpeechQueue queue;
  queue.add(line(0ms, LineKind::where, "Where"), {5000ms, 3000ms});
  queue.add(line(0ms, LineKind::how, "How"), {1000ms, {}});
  queue.add(line(2000ms, LineKind::hold, "Hold for two minutes"), {1000ms, {}});
  queue.add(line(20'000ms, LineKind::release, "Release slowly"), {800ms, {}});
  const auto said = play(queue, 30s);
  // "How" would fit at 0, but it is not said before "Where": the order holds.
  CHECK(texts(said) == std::vector<std::string>{"2000 Hold for two minutes", "3000 Where",
                                                "8000 How", "20000 Release slowly"});
}

TEST_CASE("a moment is never cut off or delayed by a reading") {
  SpeechQueue queue;
  for (int i = 0; i < 5; ++i) {
    queue.add(line(Ms{i * 6000}, LineKind::count, "Count " + std::to_string(i + 1)), {400ms, {}});
  }
  queue.add(line(0ms, LineKind::where, "Where"), {5500ms, 4000ms});
  queue.add(line(0ms, LineKind::how, "How"), {2500ms, {}});
  const auto said = play(queue, 40s);
  for (const auto &s : said) {
    if (s.text.rfind("Count", 0) == 0) {
      CHECK(s.start.count() % 6000 == 0); // on time, every one
    }
  }
  CHECK(texts(said) == std::vector<std::string>{"0 Count 1", "400 (brief) Where", "6000 Count 2",
                                                "6400 How", "12000 Count 3", "18000 Count 4",
                                                "24000 Count 5"});
}

TEST_CASE("a moment long overdue is dropped when a later one is due") {
  SpeechQueue queue;
  queue.add(line(0ms, LineKind::step, "Step one"), {5000ms, {}});
  queue.add(line(1000ms, LineKind::count, "One"), {300ms, {}});
  queue.add(line(4500ms, LineKind::count, "Two"), {300ms, {}});
  const auto said = play(queue, 10s);
  CHECK(texts(said) == std::vector<std::string>{"0 Step one", "5000 Two"});
  const auto dropped = queue.take_dropped();
  REQUIRE(dropped.size() == 1);
  CHECK(dropped[0].text == "One");
}

TEST_CASE("at --speed 10 a reading's real length counts ten times in session time") {
  SpeechQueue queue(10.0);
  queue.add(line(0ms, LineKind::where, "Where"), {1000ms, 200ms});
  queue.add(line(5000ms, LineKind::hold, "Hold"), {100ms, {}});
  const auto said = play(queue, 10s);
  CHECK(texts(said) == std::vector<std::string>{"0 (brief) Where", "5000 Hold"});
}

TEST_CASE("marks inside a phase wait while paused, move by the pause and go with the phase") {
  SpeechQueue queue;
  auto halfway = line(60'000ms, LineKind::halfway, "Halfway");
  halfway.in_phase = true;
  queue.add(halfway, {500ms, {}});
  queue.set_paused(true);
  CHECK_FALSE(queue.next_due().has_value());
  CHECK_FALSE(queue.take(70'000ms, std::nullopt).has_value());
  queue.set_paused(false);
  queue.shift_phase(30'000ms);
  CHECK(queue.next_due() == 90'000ms);
  CHECK_FALSE(queue.take(89'000ms, std::nullopt).has_value());
  auto start = queue.take(90'000ms, std::nullopt);
  REQUIRE(start.has_value());
  CHECK(start->line.text == "Halfway");

  queue.add(halfway, {500ms, {}});
  queue.end_phase();
  CHECK(queue.empty());
}

TEST_CASE("what is left of a step goes when the next begins, the session's lines stay") {
  SpeechQueue queue;
  queue.add(line(0ms, LineKind::how, "How of step 1", 1), {500ms, {}});
  queue.add(line(0ms, LineKind::session, "The routine", 0), {500ms, {}});
  queue.enter_step(2);
  REQUIRE(queue.size() == 1);
  CHECK(queue.take(0ms, std::nullopt)->line.text == "The routine");
}
