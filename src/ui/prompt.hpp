#pragma once

#include "util/asker.hpp"

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

// Asks until the person answers y/yes or n/no (any case), or b/back when
// `can_go_back`. Enter alone or anything else asks again; "?" prints the help and
// asks again. Reply::ended when the input ends first.
Reply ask_yes_no(std::istream &in, std::ostream &out, const YesNoQuestion &question);

// The Asker of a terminal session: questions on `out` (Output's human stream, which
// renders them in the terminal's charset), answers typed as lines on `in`.
class LineAsker final : public Asker {
public:
  LineAsker(std::istream &in, std::ostream &out) : m_in(in), m_out(out) {}

  Reply ask_yes_no(const YesNoQuestion &question) override;
  std::optional<std::string> ask_line(const Text &prompt) override;
  void tell(const Text &text) override;

private:
  std::istream &m_in;
  std::ostream &m_out;
};

} // namespace knead::ui
