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

// A routine of one step on the hands: 12 questions asked when all are "no".
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
Run screen_with(const ScreenOptions &options, const std::string &input, bool terminal = true) {
  auto asker = test::ScriptedAsker::from_lines(input);
  std::ostringstream out;
  std::ostringstream err;
  auto decision = screen(small_routine(), options, terminal ? &asker : nullptr, out, err);
  return {asker.shown, out.str(), err.str(), decision};
}

const std::string k_all_no = "n\nn\nn\nn\nn\nn\nn\nn\nn\nn\nn\nn\n";

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
                          "  - numbness around the genitals or buttocks, or a change in "
                          "bladder or bowel control, can mean the nerves at the base of the "
                          "spine are being squeezed\nThe session has not started.\n"));
}

TEST_CASE("all no within 24 hours: one question replaces them — no asks everything again") {
  Scratch scratch;
  ScreenOptions options{std::nullopt, scratch.dir / "last-check", k_now, ""};
  screen_with(options, k_all_no);

  options.now = k_now + 2h;
  auto again = screen_with(options, "y\n");
  CHECK(again.decision.reconfirmed);
  CHECK(outcome_word(again.decision) == "clear");
  CHECK(again.asked.find("Nothing has changed since your check at ") != std::string::npos);
  CHECK(again.asked.find("Question 1 of") == std::string::npos);

  auto changed = screen_with(options, "n\n" + k_all_no);
  CHECK_FALSE(changed.decision.reconfirmed);
  CHECK(changed.asked.find("Question 1 of 12") != std::string::npos);

  options.now = k_now + 25h; // the record is from k_now + 2h: still fresh
  CHECK(screen_with(options, "y\n").decision.reconfirmed);
}

TEST_CASE("a yes forgets the earlier all-clear") {
  Scratch scratch;
  ScreenOptions options{std::nullopt, scratch.dir / "last-check", k_now, ""};
  screen_with(options, k_all_no);
  options.now = k_now + 1h;
  screen_with(options, "n\ny\n" + k_all_no); // not re-confirmed; a fever
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
  const std::string all_no = "saddle_bladder_bowel = false\nboth_legs = false\ninjury = false\n"
                             "fever_unwell = false\nweight_cancer = false\nnight_pain = false\n"
                             "leg_worsening = false\nweak_back = false\nbleeding = true\n"
                             "pregnant = false\nskin_hands = false\n";
  ScreenOptions options{scratch.file("a.toml", all_no + "long_lasting = false\n"), {}, k_now, ""};
  auto run = screen_with(options, "", false);
  CHECK(outcome_word(run.decision) == "cautions");
  CHECK(run.decision.answers.size() == 12);

  options.answers_file = scratch.file("b.toml", all_no);
  CHECK_THROWS_WITH_AS(screen_with(options, "", false),
                       doctest::Contains("b.toml: missing answers for: long_lasting ("),
                       UsageError);
}

TEST_CASE("answers from a file are used even with someone to ask: nothing is asked") {
  Scratch scratch;
  const std::string all_no = "saddle_bladder_bowel = false\nboth_legs = false\ninjury = false\n"
                             "fever_unwell = false\nweight_cancer = false\nnight_pain = false\n"
                             "leg_worsening = false\nweak_back = false\nbleeding = false\n"
                             "pregnant = false\nskin_hands = false\nlong_lasting = false\n";
  ScreenOptions options{scratch.file("a.toml", all_no), {}, k_now, ""};
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
