#pragma once

#include "util/asker.hpp"

#include <cstddef>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace knead::test {

// An Asker that answers from a script, so that what asks (the interview, the pain
// rating) is tested without a terminal. Each entry answers one question: "y", "n" or
// "b" a yes/no question, any text an ask_line; when the script is used up, the input
// has ended. It keeps what was asked and everything it was given to show.
class ScriptedAsker final : public Asker {
public:
  explicit ScriptedAsker(std::vector<std::string> script) : m_script(std::move(script)) {}

  // One entry per line of `lines`, as a person would type them.
  static ScriptedAsker from_lines(const std::string &lines) {
    std::vector<std::string> script;
    std::istringstream in(lines);
    for (std::string line; std::getline(in, line);) {
      script.push_back(line);
    }
    return ScriptedAsker(std::move(script));
  }

  Reply ask_yes_no(const YesNoQuestion &question) override {
    questions.push_back(question);
    shown += question.text.utf8() + "\n";
    if (m_next == m_script.size()) {
      return Reply::ended;
    }
    const std::string &answer = m_script[m_next++];
    if (answer == "y") {
      return Reply::yes;
    }
    if (answer == "n") {
      return Reply::no;
    }
    if (answer == "b" && question.can_go_back) {
      return Reply::back;
    }
    throw std::logic_error("the script answers a yes/no question with '" + answer + "'");
  }

  std::optional<std::string> ask_line(const Text &prompt) override {
    prompts.push_back(prompt);
    shown += prompt.utf8();
    if (m_next == m_script.size()) {
      return std::nullopt;
    }
    return m_script[m_next++];
  }

  void tell(const Text &text) override { shown += text.utf8(); }

  // Whether every answer of the script was taken.
  [[nodiscard]] bool used_up() const { return m_next == m_script.size(); }

  std::vector<YesNoQuestion> questions; // each yes/no question asked, in order
  std::vector<Text> prompts;            // each line prompt, in order
  std::string shown;                    // all text shown, in order

private:
  std::vector<std::string> m_script;
  std::size_t m_next = 0;
};

} // namespace knead::test
