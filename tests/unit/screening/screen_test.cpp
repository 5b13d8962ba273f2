#include "screening/screen.hpp"
#include "test_routines.hpp"
#include "unit/sandbox.hpp"
#include "unit/scripted_asker.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace knead;
using namespace knead::screening;
using namespace std::chrono_literals;

namespace {

const SystemTime k_now = SystemTime(std::chrono::seconds(1772438520));

// A routine of one step on the hands: 7 questions asked when all are "no" (the
// emergency signs, the urgent signs, a passing cold, the conditions, pregnancy, the
// skin of the hands, long-lasting pain).
routine::Routine small_routine() {
  routine::Routine r;
  r.id = "hands";
  r.steps = {test::make_step("Hand points", "hands", routine::StepKind::press, "TE3")};
  return r;
}

// ctest runs each case in a process of its own, in parallel: each gets its own folder.
struct Scratch {
  std::filesystem::path dir = test::fresh_folder("screen");
  std::filesystem::path file(const std::string &name, const std::string &text) const {
    std::filesystem::create_directories(dir);
    std::ofstream(dir / name) << text;
    return dir / name;
  }
};

struct Run {
  std::string asked; // what the asker was given to show: the intro and the questions
  std::string out;
  std::string err;
  Decision decision;
};

// Screens with the person answering `input` (one answer a line), or with no one to
// ask when `terminal` is false.
Run screen_with(const ScreenOptions &options, const std::string &input, bool terminal = true,
                const routine::Routine &routine = small_routine()) {
  auto asker = test::ScriptedAsker::from_lines(input);
  std::string out;
  std::string err;
  auto decision = screen(
      routine, options, terminal ? &asker : nullptr,
      [&out](const Text &text) { out += text.utf8(); },
      [&err](const Text &text) { err += "knead: warning: " + text.utf8() + "\n"; });
  return {asker.shown, out, err, decision};
}

std::string repeated(const std::string &text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) {
    out += text;
  }
  return out;
}

std::size_t questions_asked(const std::string &text) {
  std::size_t n = 0;
  for (auto at = text.find("\nQuestion "); at != std::string::npos;
       at = text.find("\nQuestion ", at + 1)) {
    ++n;
  }
  return n;
}

const std::string k_all_no = repeated("n\n", 7);

// Every question of small_routine() answered in a file: `bleeding` as given.
std::string all_no_file(bool bleeding) {
  return std::string("saddle_bladder_bowel = false\nboth_legs = false\nserious_accident = false\n"
                     "chest_pain = false\nhigh_temperature = false\nweight_loss = false\n"
                     "night_pain = false\nleg_worsening = false\nminor_fall = false\n"
                     "back_shape = false\ncough_sneeze = false\nbetween_shoulders = false\n"
                     "passing_cold = false\nweak_back = false\ncancer_history = false\n"
                     "pregnant = false\nskin_hands = false\nbleeding = ") +
         (bleeding ? "true\n" : "false\n");
}

} // namespace

TEST_CASE("interactive: the intro sentence, then the questions") {
  Scratch scratch;
  ScreenOptions options{std::nullopt, scratch.dir / "last-check", k_now, ""};
  auto run = screen_with(options, k_all_no);
  CHECK(run.asked.starts_with("knead is self-care guidance, not medical advice. First, a few "
                              "safety questions: answer y or n.\n"));
  CHECK(outcome_word(run.decision) == "clear");
  CHECK_FALSE(run.decision.reconfirmed);
  CHECK(run.err.empty());
}

TEST_CASE("a red flag ends with what to do and why") {
  ScreenOptions options{std::nullopt, {}, k_now, ""};
  auto run = screen_with(options, "y\n" + k_all_no);
  REQUIRE(run.decision.stopped());
  CHECK(run.out.ends_with("\nSeek emergency care now: call your local emergency number or go "
                          "to an emergency department. Do not massage your back.\nWhy:\n"
                          "  - you have one of the signs that need emergency care\n"
                          "The session has not started.\n"));
}

TEST_CASE("within 24 hours: has anything changed? n carries the answers, y asks again") {
  Scratch scratch;
  ScreenOptions options{std::nullopt, scratch.dir / "last-check", k_now, ""};
  screen_with(options, k_all_no);

  options.now = k_now + 2h;
  auto again = screen_with(options, "n\n");
  CHECK(again.decision.reconfirmed);
  CHECK(outcome_word(again.decision) == "clear");
  CHECK(again.asked.find("Has anything changed since your check at ") != std::string::npos);
  CHECK(again.asked.find("? y = answer again, n = go on") != std::string::npos);
  CHECK(questions_asked(again.asked) == 0);

  auto changed = screen_with(options, "y\n" + k_all_no);
  CHECK_FALSE(changed.decision.reconfirmed);
  CHECK(changed.asked.find("Question 1 of 7") != std::string::npos);

  options.now = k_now + 25h; // the record is from k_now + 2h: still fresh
  CHECK(screen_with(options, "n\n").decision.reconfirmed);
  options.now = k_now + 27h;
  CHECK_FALSE(screen_with(options, k_all_no).decision.reconfirmed);
}

TEST_CASE("a second routine the same day asks only its new questions") {
  Scratch scratch;
  ScreenOptions options{std::nullopt, scratch.dir / "last-check", k_now, ""};
  screen_with(options, k_all_no);
  auto feet = small_routine();
  feet.steps.push_back(test::make_step("Sole", "feet", routine::StepKind::press, "KI1"));
  options.now = k_now + 1h;
  auto second = screen_with(options, "n\nn\n", true, feet);
  CHECK(second.decision.reconfirmed);
  CHECK(outcome_word(second.decision) == "clear");
  CHECK(questions_asked(second.asked) == 1);
  CHECK(second.asked.find("Question 1 of 1: Is the skin on your feet broken") != std::string::npos);
  // The skin of the feet is carried too from now on.
  options.now = k_now + 2h;
  CHECK(questions_asked(screen_with(options, "n\n", true, feet).asked) == 0);
}

TEST_CASE("a routine's own questions are never carried to another routine") {
  Scratch scratch;
  ScreenOptions options{std::nullopt, scratch.dir / "last-check", k_now, ""};
  auto own = small_routine();
  own.questions = {test::make_question("recent_surgery", "Surgery lately?", "stop")};
  screen_with(options, repeated("n\n", 8), true, own);
  options.now = k_now + 1h;
  auto again = screen_with(options, "n\nn\n", true, own);
  CHECK(again.decision.reconfirmed);
  CHECK(again.asked.find("Question 1 of 1: Surgery lately?") != std::string::npos);
}

TEST_CASE("a stop forgets the earlier answers") {
  Scratch scratch;
  ScreenOptions options{std::nullopt, scratch.dir / "last-check", k_now, ""};
  screen_with(options, k_all_no);
  options.now = k_now + 1h;
  auto run = screen_with(options, "y\nn\ny\n1\n"); // changed; a high temperature
  CHECK(run.decision.stopped());
  CHECK_FALSE(std::filesystem::exists(scratch.dir / "last-check"));
}

TEST_CASE("a corrupt record never stops a session: one warning, every question asked") {
  Scratch scratch;
  ScreenOptions options{std::nullopt, scratch.file("last-check", "\x7f\x45LF"), k_now, ""};
  auto run = screen_with(options, k_all_no);
  CHECK(outcome_word(run.decision) == "clear");
  CHECK(run.err == "knead: warning: ignoring the unreadable screening record " +
                       (scratch.dir / "last-check").string() + "; asking every question\n");
}

TEST_CASE("without a terminal and without answers, screening refuses and says how") {
  ScreenOptions options{std::nullopt, {}, k_now, ""};
  CHECK_THROWS_WITH_AS(screen_with(options, "", false),
                       "the safety questions need answers, and there is no terminal to ask "
                       "them on; write them to a file with 'knead questions hands --template > "
                       "answers.toml', fill it in, then run 'knead run hands --answers "
                       "answers.toml'",
                       UsageError);
}

TEST_CASE("answers from a file: complete, or a usage error naming what is missing") {
  Scratch scratch;
  const std::string all_no = all_no_file(true);
  ScreenOptions options{scratch.file("a.toml", all_no + "long_lasting = false\n"), {}, k_now, ""};
  auto run = screen_with(options, "", false);
  CHECK(outcome_word(run.decision) == "cautions");
  CHECK(run.decision.answers.size() == 19);

  options.answers_file = scratch.file("b.toml", all_no);
  CHECK_THROWS_WITH_AS(screen_with(options, "", false),
                       doctest::Contains("b.toml: missing answers for: long_lasting ("),
                       UsageError);
}

TEST_CASE("answers from a file are used even with someone to ask: nothing is asked") {
  Scratch scratch;
  ScreenOptions options{
      scratch.file("a.toml", all_no_file(false) + "long_lasting = false\n"), {}, k_now, ""};
  auto run = screen_with(options, "y\n");
  CHECK(outcome_word(run.decision) == "clear");
  CHECK(run.asked.empty());
}

TEST_CASE("the input ending at the re-confirmation question is a usage error, never a yes") {
  Scratch scratch;
  ScreenOptions options{std::nullopt, scratch.dir / "last-check", k_now, ""};
  screen_with(options, k_all_no);
  options.now = k_now + 1h;
  CHECK_THROWS_WITH_AS(screen_with(options, ""),
                       "the input ended before this question was answered", Error);
}

TEST_CASE("an answers file with a stop and gaps: the stop's advice first, then what was missing") {
  Scratch scratch;
  ScreenOptions options{scratch.file("s.toml", "both_legs = true\n"), {}, k_now, ""};
  auto run = screen_with(options, "", false);
  REQUIRE(run.decision.stopped());
  CHECK(run.decision.stop->tier == Tier::emergency);
  CHECK(run.out.find("Seek emergency care now") != std::string::npos);
  CHECK(run.err.find("s.toml: missing answers for: saddle_bladder_bowel, serious_accident") !=
        std::string::npos);
}

TEST_CASE("a group answered in a file answers its signs") {
  Scratch scratch;
  ScreenOptions options{scratch.file("g.toml",
                                     "emergency_signs = false\nurgent_signs = false\n"
                                     "passing_cold = false\nconditions = false\npregnant = false\n"
                                     "skin = false\nlong_lasting = false\n"),
                        {},
                        k_now,
                        ""};
  auto run = screen_with(options, "", false);
  CHECK(outcome_word(run.decision) == "clear");
  options.answers_file = scratch.file("h.toml", "urgent_signs = true\n");
  CHECK(screen_with(options, "", false).decision.stop->tier == Tier::urgent);
}
