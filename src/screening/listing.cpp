#include "screening/listing.hpp"

#include "util/json.hpp"

namespace knead::screening {
namespace {

// A question's texts are the bank's own or a routine's: untrusted, either way.
Text clean(const std::string &text) {
  return Text(Untrusted(text));
}

Text joined_text(const std::vector<std::string> &texts) {
  Text out;
  for (const auto &text : texts) {
    out += (out.empty() ? Text() : Text(", ")) + clean(text);
  }
  return out;
}

Text skips_in_words(const Question &question) {
  switch (question.skips) {
  case SkipKind::region:
    return "the steps on this region";
  case SkipKind::pregnancy:
    return "the steps on points and regions flagged for pregnancy, and the steps on the legs";
  case SkipKind::cold_allergy:
    return "the ice steps, or use their heat alternative";
  case SkipKind::cold_and_heat:
    return "the ice and heat steps";
  case SkipKind::listed: {
    auto places = question.skip_regions;
    places.insert(places.end(), question.skip_points.begin(), question.skip_points.end());
    const Text what = joined_text(places);
    const Text kinds = joined_text(question.skip_kinds);
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

// A JSON string, or null when empty.
std::string or_null(const std::string &text) {
  return text.empty() ? "null" : json::quote(text);
}

// "yes: " before what a yes does; "no: " for a consult-first gate.
Text answer_that_acts(const Question &question) {
  return question.skips_on_no ? Text("no: ") : Text("yes: ");
}

} // namespace

Text effect_in_words(const Question &question) {
  switch (question.effect) {
  case Effect::stop_emergency:
    return "stop: seek emergency care now";
  case Effect::stop_urgent:
    return "stop: see a doctor today";
  case Effect::stop_maternity:
    return "stop: contact your midwife or maternity unit now";
  case Effect::stop_wait:
    return "stop: wait until you feel better";
  case Effect::stop_unless_cleared:
    return "stop: ask a health professional first, unless one has cleared you";
  case Effect::clears:
    return "asked after a yes to " + clean(question.follows) + "; yes: go on with gentle pressure";
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

Text format_questions(const std::vector<Question> &questions) {
  Text text;
  for (const auto &question : questions) {
    text += clean(question.id) + "\n  " + clean(question.text) + "\n  " +
            answer_that_acts(question) + effect_in_words(question) + "\n";
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
        .add("does", effect_in_words(question).utf8())
        .add("follows", question.follows)
        .add("region", question.region)
        .add("message", question.message)
        .add("why", question.why)
        .add("source", question.source)
        .add("from_routine", question.from_routine)
        .add("acts_on", question.skips_on_no ? "no" : "yes")
        .add_raw("group", or_null(question.group))
        .add_raw("asked_after", or_null(question.follows));
    items.push_back(object.str());
  }
  return json::array(items) + "\n";
}

Text format_answers_template(const std::vector<Question> &questions, std::string_view routine_id) {
  Text text =
      "# Answers to knead's safety questions for the routine \"" + Text(Untrusted(routine_id)) +
      "\".\n"
      "# For each question, remove the \"# \" before the id and write true (yes) or false (no)\n"
      "# after the \"=\". An answer left commented out is missing: 'knead run --answers FILE'\n"
      "# then refuses to start and names it.\n";
  std::string group;
  for (const auto &question : questions) {
    if (!question.group.empty() && question.group != group) {
      text += "\n# The next questions are the group " + clean(question.group) + ": \"" +
              clean(question.group) + " = false\" answers all of them no.\n";
    }
    group = question.group;
    text += "\n# " + clean(question.text) + "\n";
    if (!question.follows.empty()) {
      text += "# Only when the answer to " + clean(question.follows) +
              " is yes; otherwise leave it out.\n";
    }
    text += "# " + answer_that_acts(question) + effect_in_words(question) + "\n# " +
            clean(question.id) + " = \n";
  }
  return text;
}

} // namespace knead::screening
