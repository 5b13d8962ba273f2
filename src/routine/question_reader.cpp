#include "routine/question_reader.hpp"

#include "routine/builtin_ids.hpp"
#include "routine/points.hpp"
#include "routine/regions.hpp"
#include "routine/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

namespace knead::routine {
namespace {

constexpr std::array<std::string_view, 8> k_question_keys = {
    "id", "text", "effect", "skip_regions", "skip_points", "skip_kinds", "skip_on", "message"};
constexpr std::array<std::string_view, 4> k_effects = {"stop", "skip", "caution", "advice"};

// Answers files name questions by id, so ids stay simple: "recent_surgery".
bool is_question_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || id.front() < 'a' || id.front() > 'z') {
    return false;
  }
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Where entry `index` of the list under `key` was written.
SourcePosition entry_position(const toml::table &table, std::string_view key, std::size_t index) {
  const auto *array = table.get_as<toml::array>(key);
  return (array != nullptr && index < array->size()) ? position_of(array->get(index)->source())
                                                     : position_of(table.source());
}

// Checks each entry of `skip_regions` or `skip_points` at its own position.
void check_names(const toml::table &table, std::string_view key, DiagnosticSink &sink,
                 std::vector<std::string> &names) {
  const bool regions = key == "skip_regions";
  const auto known = regions ? region_ids() : point_codes();
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto &name = names[i];
    if (!regions) {
      if (const auto *point = find_point(name); point != nullptr) {
        name = std::string(point->code);
        continue;
      }
    } else if (find_region(name) != nullptr) {
      continue;
    }
    sink.error(entry_position(table, key, i),
               fmt::format("unknown {} \"{}\"", regions ? "region" : "point", name),
               did_you_mean(name, known,
                            regions ? "see docs/routine-format.md for the known regions"
                                    : "run 'knead points' to see the point catalog"));
  }
}

void check_kinds(const toml::table &table, DiagnosticSink &sink,
                 const std::vector<std::string> &kinds) {
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (std::find(k_step_kind_names.begin(), k_step_kind_names.end(), kinds[i]) ==
        k_step_kind_names.end()) {
      sink.error(entry_position(table, "skip_kinds", i),
                 fmt::format("unknown kind \"{}\"", kinds[i]),
                 did_you_mean(kinds[i], k_step_kind_names,
                              "kind is one of " + join_words(k_step_kind_names)));
    }
  }
}

} // namespace

Question read_question(const toml::table &table, DiagnosticSink &sink) {
  Question question;
  question.position = position_of(table.source());
  TableReader reader(table, sink, question.positions);
  reader.check_keys(k_question_keys);
  const auto at = [&](std::string_view key) {
    return position_of(question.positions, key, question.position);
  };

  question.id = reader.text("id").value_or("");
  question.text = reader.text("text").value_or("");
  const std::string effect = reader.text("effect").value_or("");
  question.effect = parse_question_effect(effect).value_or(QuestionEffect::advice);
  question.skip_regions = reader.text_list("skip_regions").value_or(std::vector<std::string>{});
  question.skip_points = reader.text_list("skip_points").value_or(std::vector<std::string>{});
  question.skip_kinds = reader.text_list("skip_kinds").value_or(std::vector<std::string>{});
  question.message = reader.text("message").value_or("");
  const std::string skip_on = reader.text("skip_on").value_or("yes");
  question.skip_on_no = skip_on == "no";
  if (skip_on != "yes" && skip_on != "no") {
    sink.error(at("skip_on"), fmt::format("skip_on must be \"yes\" or \"no\", not \"{}\"", skip_on),
               "skip_on = \"no\" skips the steps when the answer is no");
  } else if (question.skip_on_no && parse_question_effect(effect) != QuestionEffect::skip) {
    sink.error(at("skip_on"), "skip_on applies only to effect = \"skip\"",
               "add effect = \"skip\" and what to skip, or remove skip_on");
  }

  if (!question.positions.contains("id")) {
    if (!sink.is_explained(question.position, "id")) {
      sink.error(question.position, "the question has no id",
                 "add id = \"…\": the name an answers file gives its answer");
      sink.sort_at_end_of(question.position);
    }
  } else if (!is_question_id(question.id)) {
    sink.error(at("id"),
               fmt::format("question id \"{}\" must be lower-case letters, digits and "
                           "underscores, starting with a letter",
                           question.id),
               "such as id = \"recent_surgery\"");
  } else if (is_builtin_question_id(question.id)) {
    sink.error(
        at("id"),
        fmt::format("question id \"{}\" is the id of one of knead's own safety questions",
                    question.id),
        question.id.starts_with(k_skin_prefix)
            ? fmt::format("ids starting with \"{}\" are knead's skin questions: give this "
                          "question its own id, such as \"my_{}\"",
                          k_skin_prefix, question.id)
            : fmt::format("an answers file could not tell the two apart: give this question its "
                          "own id, such as \"my_{}\" ('knead questions' lists the built-in ids)",
                          question.id));
  }
  if (!question.positions.contains("text")) {
    if (!sink.is_explained(question.position, "text")) {
      sink.error(question.position, "the question has no text",
                 "add text = \"…?\": the yes/no question to ask");
      sink.sort_at_end_of(question.position);
    }
  }
  if (!question.positions.contains("effect")) {
    if (!sink.is_explained(question.position, "effect")) {
      sink.error(question.position, "the question has no effect",
                 "add effect = \"stop\", \"skip\", \"caution\" or \"advice\"");
      sink.sort_at_end_of(question.position);
    }
  } else if (!parse_question_effect(effect)) {
    // The routine is refused, so the stand-in effect above is never used.
    sink.error(at("effect"), fmt::format("unknown effect \"{}\"", effect),
               did_you_mean(effect, k_effects, "effect is one of stop, skip, caution, advice"));
  }
  check_names(table, "skip_regions", sink, question.skip_regions);
  check_names(table, "skip_points", sink, question.skip_points);
  check_kinds(table, sink, question.skip_kinds);

  const bool skips = !question.skip_regions.empty() || !question.skip_points.empty() ||
                     !question.skip_kinds.empty();
  const auto known = parse_question_effect(effect);
  if (!known) {
    return question; // reported above; what follows depends on the effect
  }
  if (*known == QuestionEffect::skip && !skips) {
    sink.error(at("effect"), "a \"skip\" question names nothing to skip",
               "add skip_regions = [\"…\"], skip_points = [\"…\"] or skip_kinds = [\"…\"]");
  } else if (*known != QuestionEffect::skip && skips) {
    const char *first_list = !question.skip_regions.empty()  ? "skip_regions"
                             : !question.skip_points.empty() ? "skip_points"
                                                             : "skip_kinds";
    sink.warning(at(first_list),
                 fmt::format("skip lists are ignored when effect = \"{}\"", to_string(*known)),
                 "use effect = \"skip\" to drop those steps");
  }
  if ((*known == QuestionEffect::caution || *known == QuestionEffect::advice) &&
      question.message.empty()) {
    sink.error(at("effect"), fmt::format("a \"{}\" question needs a message", to_string(*known)),
               "add message = \"…\": what to tell the person when they answer yes");
  }
  return question;
}

} // namespace knead::routine
