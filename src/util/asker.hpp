#pragma once

#include "util/text.hpp"

#include <optional>
#include <string>

namespace knead {

// How the core asks the person a question without knowing how it reaches them. The
// safety interview (screening/) and the pain rating (history/) decide what to ask and
// what an answer means; an Asker only asks and reads. ui::LineAsker (ui/prompt.hpp)
// asks on the terminal, line by line; tests script one. It lives here, below every
// layer that asks, so that none of them includes ui/ (docs/ARCHITECTURE.md, "Layers").

// The answer to a yes/no question, or `ended` when the input ended first: what that
// means (for a safety question: never a "no") is the caller's to decide.
enum class Reply { yes, no, back, ended };

// A yes/no question: `text` is shown once, `help` when the person asks why.
struct YesNoQuestion {
  Text text;
  Text help;
  bool can_go_back = false; // whether going back to the previous question is offered
};

class Asker {
public:
  Asker() = default;
  Asker(const Asker &) = delete;
  Asker &operator=(const Asker &) = delete;
  Asker(Asker &&) = delete;
  Asker &operator=(Asker &&) = delete;
  virtual ~Asker() = default;

  // Asks until the person answers yes or no, or back when `can_go_back`; `ended` when
  // the input ends first.
  virtual Reply ask_yes_no(const YesNoQuestion &question) = 0;
  // Shows `prompt` and reads one line, blanks around it removed; std::nullopt when the
  // input has ended.
  virtual std::optional<std::string> ask_line(const Text &prompt) = 0;
  // Shows `text` between questions (an introduction, a hint to answer again).
  virtual void tell(const Text &text) = 0;
};

} // namespace knead
