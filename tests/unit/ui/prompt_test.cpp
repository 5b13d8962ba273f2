#include "history/pain.hpp"
#include "screening/interview.hpp"
#include "ui/prompt.hpp"
#include "unit/screening/test_routines.hpp"
#include "util/error.hpp"
#include "util/wrap.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace knead;

TEST_CASE("read_answer trims the line and reports the end of input") {
  std::istringstream in("  7 \r\n");
  std::ostringstream out;
  CHECK(ui::read_answer(in, out, "Pain 0-10? ") == std::optional<std::string>("7"));
  CHECK(out.str() == "Pain 0-10? ");
  CHECK(ui::read_answer(in, out, "again? ") == std::nullopt);
}

TEST_CASE("ask_yes_no: Enter alone and other words ask again, ? explains") {
  std::istringstream in("\n\nmaybe\n?\nY\n");
  std::ostringstream out;
  CHECK(ui::ask_yes_no(in, out, {"Fever?", "Infections need a doctor.", false}) == Reply::yes);
  CHECK(out.str() == "Fever?\n"
                     "[y/n, ? = why] [y/n, ? = why] [y/n, ? = why] Please answer y or n.\n"
                     "[y/n, ? = why] Infections need a doctor.\n"
                     "[y/n, ? = why] ");
}

TEST_CASE("ask_yes_no: no, and b only when going back is possible") {
  std::istringstream in("b\nno\nb\n");
  std::ostringstream out;
  CHECK(ui::ask_yes_no(in, out, {"Q?", "", false}) == Reply::no);
  CHECK(ui::ask_yes_no(in, out, {"Q?", "", true}) == Reply::back);
}

TEST_CASE("ask_yes_no: the end of input is its own reply, never a no") {
  std::istringstream in("\n");
  std::ostringstream out;
  CHECK(ui::ask_yes_no(in, out, {"Q?", "", false}) == Reply::ended);
  std::istringstream empty;
  CHECK(ui::ask_yes_no(empty, out, {"Q?", "", false}) == Reply::ended);
}

TEST_CASE("LineAsker: questions, lines and told text on the stream, in order") {
  std::istringstream in("n\n  4 \n");
  std::ostringstream out;
  ui::LineAsker asker(in, out);
  asker.tell("Intro.\n");
  CHECK(asker.ask_yes_no({"Q?", "", false}) == Reply::no);
  CHECK(asker.ask_line("Pain? ") == std::optional<std::string>("4"));
  CHECK(asker.ask_line("Again? ") == std::nullopt);
  CHECK(out.str() == "Intro.\nQ?\n[y/n, ? = why] Pain? Again? \n");
}

// The interview and the pain rating through the terminal's asker, as `knead run` asks
// them: the words a person sees are these.
TEST_CASE("the interview on a terminal: numbered, Enter alone not counted, ? explains") {
  auto r = test::lower_back();
  r.steps.resize(1);
  r.steps[0].kind = routine::StepKind::press;
  const auto all = screening::questions_for(r);
  const std::vector<screening::Question> questions = {all[0], all.back()};
  std::istringstream in("?\nn\n\nn\n");
  std::ostringstream out;
  ui::LineAsker asker(in, out, [] { return 78; });
  CHECK(screening::interview(questions, asker) ==
        screening::Answers{{"saddle_bladder_bowel", false}, {"long_lasting", false}});
  // Wrapped by the asker to its 78 columns.
  const std::string first =
      "\nQuestion 1 of 2: Since the pain began, have you had numbness around your\n"
      "genitals or buttocks, trouble passing urine, lost control of your bladder or\n"
      "bowels, or new problems getting an erection?\n[y/n, ? = why] " +
      wrap_lines(screening::explain(all[0]).utf8(), 78) + "\n[y/n, ? = why] ";
  const std::string second =
      "\nQuestion 2 of 2: Has this pain gone on for several days or more without\n"
      "getting better?\n[y/n, b = back, ? = why] [y/n, b = back, ? = why] ";
  CHECK(out.str() == first + second);
}

TEST_CASE("the interview on a terminal: input ending midway is a usage error") {
  auto r = test::lower_back();
  const auto all = screening::questions_for(r);
  std::istringstream in("n\n");
  std::ostringstream out;
  ui::LineAsker asker(in, out);
  try {
    screening::interview({all[0], all.back()}, asker);
    FAIL("the end of input was taken as an answer");
  } catch (const Error &e) {
    CHECK(std::string(e.what()) == "the input ended before this question was answered");
    CHECK(e.exit_code() == exit_code::k_usage);
  }
}

TEST_CASE("the pain rating on a terminal asks again until a rating") {
  std::istringstream in("eleven\n4\n");
  std::ostringstream out;
  ui::LineAsker asker(in, out);
  CHECK(history::ask_pain(asker) == 4);
  const std::string question = std::string(history::k_pain_question) + " ";
  CHECK(out.str() ==
        question + "Please type a whole number from 0 to 10, or press Enter to skip.\n" + question);
}
