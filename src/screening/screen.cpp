#include "screening/screen.hpp"

#include "screening/answers_file.hpp"
#include "screening/evaluate.hpp"
#include "screening/interview.hpp"
#include "screening/report.hpp"
#include "util/error.hpp"
#include "util/sanitize.hpp"

namespace knead::screening {
namespace {

constexpr std::string_view k_intro =
    "knead is self-care guidance, not medical advice. First, a few safety questions: "
    "answer y or n.";

void warn(const WarningSink &sink, const std::string &warning) {
  if (!warning.empty()) {
    sink(Text(Untrusted(warning)));
  }
}

// Asks the questions. Within 24 hours of a check, one question comes first: has
// anything changed? On a "no", the answers of that check are carried (`carried` is
// set) and only the questions not answered yet are asked.
Answers ask(const std::vector<Question> &questions, const ScreenOptions &options, Asker &asker,
            const WarningSink &err, std::optional<LastCheck> &carried) {
  asker.tell(Text::trusted(k_intro) + "\n");
  std::optional<LastCheck> last;
  if (!options.last_check_file.empty()) {
    std::string warning;
    last = load_last_check(options.last_check_file, warning);
    warn(err, warning);
  }
  if (can_reconfirm(last, options.now)) {
    const Answers given = carried_answers(*last, questions);
    if (!given.empty()) {
      const Text text = "\n" + Text::trusted(reconfirm_text(last->at, options.now));
      const Text help =
          "You answered no to these safety questions then. Answer y if anything about your "
          "health or your pain has changed, and every question is asked again; n asks only "
          "the questions not answered yet.";
      if (ask_safety_question(asker, {text, help, false}) == Reply::no) {
        carried = last;
        return interview(questions, asker, given);
      }
    }
  }
  return interview(questions, asker);
}

// Keeps the "no" answers for the next 24 hours; a stop forgets them all.
void remember(const ScreenOptions &options, const std::vector<Question> &questions,
              const Answers &answers, const Decision &decision,
              const std::optional<LastCheck> &carried, const WarningSink &err) {
  if (options.last_check_file.empty()) {
    return;
  }
  const LastCheck check = updated_check(carried, answers, questions, options.now);
  if (decision.stopped() || check.questions.empty()) {
    forget_last_check(options.last_check_file);
    return;
  }
  std::string warning;
  save_last_check(options.last_check_file, check, warning);
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
                const std::function<void(const Text &)> &print, const WarningSink &err) {
  const auto questions = questions_for(routine);
  const std::string &name = options.routine_name.empty() ? routine.id : options.routine_name;
  Decision decision;
  if (options.answers_file) {
    const auto answers = read_answers_file(*options.answers_file, questions, name);
    const auto missing = missing_answers(questions, answers);
    if (!missing.empty()) {
      // A "yes" that stops acts first, even in an incomplete file: its advice is
      // what matters most. Only then is the gap named (the exit is still the stop's).
      if (auto partial = evaluate_stops(routine, questions, answers)) {
        print(describe(*partial));
        try {
          require_every_answer(questions, answers, options.answers_file->string(), name);
        } catch (const UsageError &e) {
          warn(err, e.what());
        }
        return *partial;
      }
      require_every_answer(questions, answers, options.answers_file->string(), name);
    }
    decision = evaluate(routine, questions, answers);
  } else if (asker == nullptr) {
    throw UsageError(no_terminal_message(name));
  } else {
    std::optional<LastCheck> carried;
    const auto answers = ask(questions, options, *asker, err, carried);
    decision = evaluate(routine, questions, answers);
    decision.reconfirmed = carried.has_value();
    remember(options, questions, answers, decision, carried, err);
  }
  print(describe(decision));
  return decision;
}

} // namespace knead::screening
