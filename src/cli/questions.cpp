#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/builtin.hpp"
#include "screening/applicable.hpp"
#include "screening/listing.hpp"

#include <memory>
#include <string>

namespace knead::cli {
namespace {

struct QuestionsOptions {
  std::string routine{routine::k_default_routine};
  bool json = false;
  bool answers_template = false;
};

int run_questions(const QuestionsOptions &options, Output &out) {
  const auto routine = make_library(out).load(options.routine);
  const auto questions = screening::questions_for(routine);
  if (options.json) {
    out.print_json(screening::format_questions_json(questions));
  } else if (options.answers_template) {
    out.print(screening::format_answers_template(questions, routine.id));
  } else {
    out.print_wrapped(screening::format_questions(questions));
  }
  return 0;
}

} // namespace

void add_questions_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<QuestionsOptions>();
  auto *sub = app.add_subcommand(
      "questions", "list the safety questions asked before a routine, with their ids");
  sub->add_option("routine", options->routine, "routine id or file (default: lower-back)");
  auto *json = sub->add_flag("--json", options->json, "print them as JSON");
  sub->add_flag("--template", options->answers_template,
                "print an answers file to fill in, for 'knead run --answers FILE'")
      ->excludes(json);
  sub->callback([&action, options] {
    action = [options](Output &out) { return run_questions(*options, out); };
  });
}

} // namespace knead::cli
