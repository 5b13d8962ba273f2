#include "ui/prompt.hpp"
#include "util/error.hpp"

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
  CHECK(ui::ask_yes_no(in, out, {"Fever?", "Infections need a doctor.", false}) == ui::Reply::yes);
  CHECK(out.str() == "Fever?\n"
                     "[y/n, ? = why] [y/n, ? = why] [y/n, ? = why] Please answer y or n.\n"
                     "[y/n, ? = why] Infections need a doctor.\n"
                     "[y/n, ? = why] ");
}

TEST_CASE("ask_yes_no: no, and b only when going back is possible") {
  std::istringstream in("b\nno\nb\n");
  std::ostringstream out;
  CHECK(ui::ask_yes_no(in, out, {"Q?", "", false}) == ui::Reply::no);
  CHECK(ui::ask_yes_no(in, out, {"Q?", "", true}) == ui::Reply::back);
}

TEST_CASE("ask_yes_no: the end of input is an error, never a no") {
  std::istringstream in("\n");
  std::ostringstream out;
  CHECK_THROWS_WITH_AS(ui::ask_yes_no(in, out, {"Q?", "", false}),
                       "the input ended before this question was answered", Error);
  try {
    std::istringstream empty;
    ui::ask_yes_no(empty, out, {"Q?", "", false});
  } catch (const Error &e) {
    CHECK(e.exit_code() == exit_code::k_usage);
  }
}
