#include "screening/screen.hpp"

#include "screening/answers_file.hpp"
#include "screening/evaluate.hpp"
#include "screening/interview.hpp"
#include "screening/report.hpp"
#include "util/error.hpp"
#include "util/sanitize.hpp"

#include <ostream>

namespace knead::screening {
namespace {

constexpr std::string_view k_intro =
    "knead is self-care guidance, not medical advice. First, a few safety questions: "
    "answer y or n.";

Answers all_no(const std::vector<Question> &questions) {
  Answers answers;
  for (const auto &question : questions) {
    if (question.follows.empty()) {
      answers[question.id] = false;
    }
  }
  return answers;
}

void warn(std::ostream &err, const std::string &warning) {
  if (!warning.empty()) {
    err << "knead: warning: " << sanitize_text(warning) << "\n";
  }
}

// Asks the questions, or the one re-confirmation question when it may replace them.
Answers ask(const std::vector<Question> &questions, const ScreenOptions &options, Asker &asker,
            std::ostream &err, bool &reconfirmed) {
  asker.tell(Text::trusted(k_intro) + "\n");
  std::optional<LastCheck> last;
  if (!options.last_check_file.empty()) {
    std::string warning;
    last = load_last_check(options.last_check_file, warning);
    warn(err, warning);
  }
  if (can_reconfirm(last, question_set(questions), options.now)) {
    const Text text = "\n" + Text::trusted(reconfirm_text(last->at, options.now));
    const Text help =
        "You answered no to every safety question then. Answer n if anything about your "
        "health or your pain has changed, and the questions are asked again.";
    if (ask_safety_question(asker, {text, help, false}) == Reply::yes) {
      reconfirmed = true;
      return all_no(questions);
    }
  }
  return interview(questions, asker);
}

void remember(const ScreenOptions &options, const std::vector<Question> &questions,
              const Decision &decision, std::ostream &err) {
  if (options.last_check_file.empty() || decision.reconfirmed) {
    return; // a re-confirmation keeps the full check's time: 24 hours from the real check
  }
  bool all_no = true;
  for (const auto &[id, answer] : decision.answers) {
    all_no = all_no && !answer;
  }
  if (!all_no) {
    forget_last_check(options.last_check_file);
    return;
  }
  std::string warning;
  save_last_check(options.last_check_file, LastCheck{options.now, question_set(questions)},
                  warning);
  warn(err, warning);
}

} // namespace

std::string no_terminal_message(std::string_view routine_id) {
  const std::string id = sanitize_text(routine_id);
  return "the safety questions need answers, and there is no terminal to ask them on; "
         "write them to a file with 'knead questions " +
         id + " --template > answers.toml', fill it in, then run 'knead run " + id +
         " --answers answers.toml'";
}

Decision screen(const routine::Routine &routine, const ScreenOptions &options, Asker *asker,
                std::ostream &out, std::ostream &err) {
  const auto questions = questions_for(routine);
  const std::string &name = options.routine_name.empty() ? routine.id : options.routine_name;
  Decision decision;
  if (options.answers_file) {
    const auto answers = read_answers_file(*options.answers_file, questions, name);
    require_every_answer(questions, answers, options.answers_file->string(), name);
    decision = evaluate(routine, questions, answers);
  } else if (asker == nullptr) {
    throw UsageError(no_terminal_message(name));
  } else {
    bool reconfirmed = false;
    const auto answers = ask(questions, options, *asker, err, reconfirmed);
    decision = evaluate(routine, questions, answers);
    decision.reconfirmed = reconfirmed;
    remember(options, questions, decision, err);
  }
  out << describe(decision).utf8() << std::flush;
  return decision;
}

} // namespace knead::screening
