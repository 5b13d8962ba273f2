#include "ui/prompt.hpp"

#include "util/wrap.hpp"

#include <algorithm>
#include <cctype>
#include <istream>
#include <ostream>

namespace knead::ui {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

} // namespace

std::optional<std::string> read_answer(std::istream &in, std::ostream &out,
                                       std::string_view prompt) {
  out << prompt << std::flush;
  std::string line;
  if (!std::getline(in, line)) {
    out << '\n';
    return std::nullopt;
  }
  auto begin = std::find_if_not(line.begin(), line.end(), is_blank);
  auto end = std::find_if_not(line.rbegin(), line.rend(), is_blank).base();
  return begin < end ? std::string(begin, end) : std::string();
}

Reply ask_yes_no(std::istream &in, std::ostream &out, const YesNoQuestion &question) {
  const std::string prompt = question.can_go_back ? "[y/n, b = back, ? = why] " : "[y/n, ? = why] ";
  out << question.text.utf8() << '\n';
  while (true) {
    auto line = read_answer(in, out, prompt);
    if (!line) {
      return Reply::ended;
    }
    const auto answer = lower(*line);
    if (answer == "y" || answer == "yes") {
      return Reply::yes;
    }
    if (answer == "n" || answer == "no") {
      return Reply::no;
    }
    if (question.can_go_back && (answer == "b" || answer == "back")) {
      return Reply::back;
    }
    if (answer == "?") {
      out << question.help.utf8() << '\n';
    } else if (!answer.empty()) {
      out << "Please answer y or n.\n";
    }
  }
}

Text LineAsker::wrapped(const Text &text) const {
  const int columns = m_columns ? m_columns() : 0;
  if (columns <= 0) {
    return text;
  }
  // Wrapping cuts sanitised text only between characters, so it stays safe.
  return Text::trusted(wrap_lines(text.in(m_charset).utf8(), static_cast<std::size_t>(columns)));
}

Reply LineAsker::ask_yes_no(const YesNoQuestion &question) {
  return ui::ask_yes_no(m_in, m_out,
                        {wrapped(question.text), wrapped(question.help), question.can_go_back});
}

std::optional<std::string> LineAsker::ask_line(const Text &prompt) {
  return read_answer(m_in, m_out, wrapped(prompt).utf8());
}

void LineAsker::tell(const Text &text) {
  m_out << wrapped(text).utf8() << std::flush;
}

} // namespace knead::ui
