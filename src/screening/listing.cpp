#include "screening/listing.hpp"

#include "util/json.hpp"
#include "util/sanitize.hpp"

namespace knead::screening {
namespace {

std::string clean(std::string_view text) {
  return sanitize_for_terminal(text);
}

std::string skips_in_words(const Question &question) {
  switch (question.skips) {
  case SkipKind::region:
    return "the steps on this region";
  case SkipKind::pregnancy:
    return "the steps on points and regions flagged for pregnancy";
  case SkipKind::ice:
    return "the ice steps";
  case SkipKind::listed: {
    std::string what;
    for (const auto &region : question.skip_regions) {
      what += (what.empty() ? "" : ", ") + clean(region);
    }
    for (const auto &point : question.skip_points) {
      what += (what.empty() ? "" : ", ") + clean(point);
    }
    std::string kinds;
    for (const auto &kind : question.skip_kinds) {
      kinds += (kinds.empty() ? "" : ", ") + clean(kind);
    }
    if (kinds.empty()) {
      return "the steps on " + what;
    }
    return what.empty() ? "the " + kinds + " steps"
                        : "the steps on " + what + ", and the " + kinds + " steps";
  }
  case SkipKind::none:
    break;
  }
  return {};
}

} // namespace

std::string effect_in_words(const Question &question) {
  switch (question.effect) {
  case Effect::stop_emergency:
    return "stop: seek emergency care now";
  case Effect::stop_urgent:
    return "stop: see a doctor today";
  case Effect::stop_unless_cleared:
    return "stop: ask a health professional first, unless one has cleared you";
  case Effect::clears:
    return "asked after a yes to " + question.follows + "; yes: go on with gentle pressure";
  case Effect::caution:
    return "caution: " + clean(question.message);
  case Effect::skip:
    return "skip " + skips_in_words(question);
  case Effect::advice:
    return "advice: " + clean(question.message);
  case Effect::stop:
    return "stop: the routine asks you not to go on";
  }
  return {};
}

std::string format_questions(const std::vector<Question> &questions) {
  std::string text;
  for (const auto &question : questions) {
    text += clean(question.id) + "\n  " + clean(question.text) +
            "\n  yes: " + effect_in_words(question) + "\n";
  }
  return text;
}

std::string format_questions_json(const std::vector<Question> &questions) {
  std::vector<std::string> items;
  for (const auto &question : questions) {
    json::Object object;
    object.add("id", question.id)
        .add("text", question.text)
        .add("effect", to_string(question.effect))
        .add("does", effect_in_words(question))
        .add("follows", question.follows)
        .add("region", question.region)
        .add("message", question.message)
        .add("why", question.why)
        .add("source", question.source)
        .add("from_routine", question.from_routine);
    items.push_back(object.str());
  }
  return json::array(items) + "\n";
}

std::string format_answers_template(const std::vector<Question> &questions,
                                    std::string_view routine_id) {
  std::string text =
      "# Answers to knead's safety questions for the routine \"" + clean(routine_id) +
      "\".\n"
      "# For each question, remove the \"# \" before the id and write true (yes) or false (no)\n"
      "# after the \"=\". An answer left commented out is missing: 'knead run --answers FILE'\n"
      "# then refuses to start and names it.\n";
  for (const auto &question : questions) {
    text += "\n# " + clean(question.text) + "\n";
    if (!question.follows.empty()) {
      text +=
          "# Only when the answer to " + question.follows + " is yes; otherwise leave it out.\n";
    }
    text += "# yes: " + effect_in_words(question) + "\n# " + clean(question.id) + " = \n";
  }
  return text;
}

} // namespace knead::screening
