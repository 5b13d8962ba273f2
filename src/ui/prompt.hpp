#pragma once

#include "util/asker.hpp"

#include <functional>
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
// renders them in the terminal's charset), answers typed as lines on `in`. What it
// shows is word-wrapped to `columns()` as `charset` shows it (util/wrap.hpp's
// wrap_lines; none or 0: as it is), so a
// question or its list never breaks in the middle of a word.
class LineAsker final : public Asker {
public:
  LineAsker(std::istream &in, std::ostream &out, std::function<int()> columns = {},
            Charset charset = Charset::utf8)
      : m_in(in), m_out(out), m_columns(std::move(columns)), m_charset(charset) {}

  Reply ask_yes_no(const YesNoQuestion &question) override;
  std::optional<std::string> ask_line(const Text &prompt) override;
  void tell(const Text &text) override;

private:
  [[nodiscard]] Text wrapped(const Text &text) const;

  std::istream &m_in;
  std::ostream &m_out;
  std::function<int()> m_columns; // asked at each question: the terminal may be resized
  Charset m_charset;              // measured as the terminal shows it: in ASCII "…" takes three
};

} // namespace knead::ui
