#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace knead::ui {

// Line-based questions over injected streams, for the safety questions and the pain
// rating. The terminal stays in its normal (canonical) mode: the person types a line
// and presses Enter, so nothing here needs restoring on any way out.

// Prints `prompt`, reads one line and returns it with surrounding blanks removed;
// std::nullopt when the input has ended.
std::optional<std::string> read_answer(std::istream &in, std::ostream &out,
                                       std::string_view prompt);

enum class Reply { yes, no, back };

// A yes/no question: `text` is printed once, `help` when the person types "?".
struct YesNoQuestion {
  std::string_view text;
  std::string_view help;
  bool can_go_back = false; // whether "b" is offered
};

// Asks until the person answers y/yes or n/no (any case), or b/back when
// `can_go_back`. Enter alone or anything else asks again; "?" prints the help and
// asks again. At the end of input throws knead::Error with the usage exit code:
// a question never answered is never taken as a "no".
Reply ask_yes_no(std::istream &in, std::ostream &out, const YesNoQuestion &question);

} // namespace knead::ui
