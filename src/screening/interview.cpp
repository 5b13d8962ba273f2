#include "screening/interview.hpp"

#include "screening/groups.hpp"
#include "util/error.hpp"
#include "util/sanitize.hpp"

#include <algorithm>
#include <set>
#include <sstream>

namespace knead::screening {
namespace {

// `heading` ("Question 2 of 8: ") before `text`. Not wrapped here: the Asker wraps
// what it shows to the terminal it shows it on (ui::LineAsker).
std::string wrapped_question(const std::string &heading, const std::string &text) {
  return heading + text;
}

// Whether the answer just given to `question` already stops the session.
bool stops(const Question &question, bool yes) {
  switch (question.effect) {
  case Effect::stop_emergency:
  case Effect::stop_urgent:
  case Effect::stop_maternity:
  case Effect::stop_wait:
  case Effect::stop:
    return yes;
  case Effect::clears:
    return !yes;
  default:
    return false;
  }
}

bool is_open(const Question &question, const Answers &answers) {
  return applies(question, answers) && !answers.contains(question.id);
}

// The signs of `group` still to be answered.
std::vector<const Question *> open_signs(const std::vector<Question> &questions,
                                         std::string_view group, const Answers &answers) {
  auto signs = members(questions, group);
  std::erase_if(signs, [&](const Question *sign) { return !is_open(*sign, answers); });
  return signs;
}

// Where the interview stands: the next question, the answers so far, the groups
// already asked. A copy is kept before each question, so "b" can go back to it.
struct State {
  std::size_t next = 0;
  Answers answers;
  std::set<std::string, std::less<>> groups_asked;
};

// Whether `question` is asked as its group (two or more of its signs still open).
bool asked_as_group(const std::vector<Question> &questions, const Question &question,
                    const State &state) {
  return !question.group.empty() && !state.groups_asked.contains(question.group) &&
         open_signs(questions, question.group, state.answers).size() >= 2;
}

// How many questions are left if every answer from here is "no".
std::size_t questions_left(const std::vector<Question> &questions, const State &state) {
  std::size_t count = 0;
  std::set<std::string, std::less<>> counted;
  for (std::size_t i = state.next; i < questions.size(); ++i) {
    const auto &question = questions[i];
    if (!is_open(question, state.answers) || counted.contains(question.group)) {
      continue;
    }
    if (asked_as_group(questions, question, state)) {
      counted.insert(question.group);
    }
    ++count;
  }
  return count;
}

// Reads which of `signs` apply, by number ("1 3"). Nothing when the person goes back.
std::optional<std::vector<std::size_t>> ask_which(const std::vector<const Question *> &signs,
                                                  const Text &help, Asker &asker) {
  std::string prompt = "Which of them? Type their numbers, such as 1 3 (b: back, ?: why):";
  for (std::size_t i = 0; i < signs.size(); ++i) {
    prompt += "\n  " + std::to_string(i + 1) + ". " + sanitize_text(signs[i]->sign);
  }
  prompt += "\n> ";
  for (;;) {
    const auto line = asker.ask_line(Text::trusted(prompt));
    if (!line) {
      throw UsageError("the input ended before this question was answered");
    }
    if (*line == "b" || *line == "back") {
      return std::nullopt;
    }
    if (*line == "?") {
      asker.tell(help + "\n");
      continue;
    }
    std::vector<std::size_t> chosen;
    std::istringstream words{*line};
    std::string word;
    bool valid = true;
    while (words >> word) {
      std::erase(word, ',');
      const bool number =
          !word.empty() && word.size() < 4 &&
          std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
      const std::size_t n = number ? std::stoul(word) : 0;
      if (n < 1 || n > signs.size()) {
        valid = false;
        break;
      }
      chosen.push_back(n - 1);
    }
    if (valid && !chosen.empty()) {
      return chosen;
    }
    asker.tell(Text::format(
        "Type the number of each one that applies, from 1 to {}, such as 1 3.\n", signs.size()));
  }
}

} // namespace

Text explain(const Question &question) {
  return Text(Untrusted(question.why)) + "\nSource: " + Untrusted(question.source);
}

Reply ask_safety_question(Asker &asker, const YesNoQuestion &question) {
  const Reply reply = asker.ask_yes_no(question);
  if (reply == Reply::ended) {
    throw Error("the input ended before this question was answered", exit_code::k_usage);
  }
  return reply;
}

Answers interview(const std::vector<Question> &questions, Asker &asker, const Answers &given) {
  State state;
  state.answers = given;
  std::vector<State> earlier; // the state before each question asked, for "b"
  const auto number = [&] {
    return "Question " + std::to_string(earlier.size() + 1) + " of " +
           std::to_string(earlier.size() + questions_left(questions, state)) + ": ";
  };
  const auto go_back = [&] {
    state = earlier.back();
    earlier.pop_back();
  };
  while (state.next < questions.size()) {
    const auto &question = questions[state.next];
    if (!is_open(question, state.answers)) {
      ++state.next;
      continue;
    }
    if (asked_as_group(questions, question, state)) {
      const auto &group = *find_group(question.group);
      const auto signs = open_signs(questions, group.id, state.answers);
      const std::string text =
          "\n" + wrapped_question(number(), sanitize_text(group_text(group, signs), true));
      const Text help = Text::trusted(group.why) + "\nSource: " + Text::trusted(group.source);
      const auto reply = ask_safety_question(asker, {Text::trusted(text), help, !earlier.empty()});
      if (reply == Reply::back) {
        go_back();
        continue;
      }
      earlier.push_back(state);
      state.groups_asked.emplace(group.id);
      state.answers[std::string(group.id)] = reply == Reply::yes;
      if (reply == Reply::no) {
        for (const auto *sign : signs) {
          state.answers[sign->id] = false; // "no" to the group is "no" to each sign
        }
        continue;
      }
      if (group.stops == Tier::emergency) {
        break; // which one does not change what to do: seek emergency care now
      }
      if (group.ask_each) {
        continue; // each sign is asked on its own next (the skin of each place)
      }
      const auto chosen = ask_which(signs, help, asker);
      if (!chosen) {
        go_back();
        continue;
      }
      for (std::size_t i = 0; i < signs.size(); ++i) {
        state.answers[signs[i]->id] = std::find(chosen->begin(), chosen->end(), i) != chosen->end();
      }
      if (group.stops) {
        break;
      }
      continue;
    }
    const std::string text = "\n" + wrapped_question(number(), sanitize_text(question.text));
    const auto reply =
        ask_safety_question(asker, {Text::trusted(text), explain(question), !earlier.empty()});
    if (reply == Reply::back) {
      go_back();
      continue;
    }
    earlier.push_back(state);
    state.answers[question.id] = reply == Reply::yes;
    if (stops(question, reply == Reply::yes)) {
      break;
    }
    ++state.next;
  }
  return state.answers;
}

} // namespace knead::screening
