#include "screening/answers_file.hpp"

#include "routine/diagnostic.hpp"
#include "routine/nesting.hpp"
#include "routine/suggest.hpp"
#include "routine/text_position.hpp"
#include "routine/toml.hpp"
#include "screening/groups.hpp"
#include "util/error.hpp"
#include "util/small_file.hpp"

#include <fmt/format.h>

namespace knead::screening {
namespace {

std::string at(std::string_view source_name, const toml::source_region &where) {
  return std::string(source_name) + ":" + std::to_string(where.begin.line) + ":" +
         std::to_string(where.begin.column) + ": ";
}

// How many unknown ids a message names before it only counts the rest: a file of
// two hundred thousand made-up ids must not give a two-megabyte line.
constexpr int k_named_unknown_ids = 5;

// "; did you mean \"chest_pain\"?" for an id close to one that may be answered (a
// question's or a group's), or nothing.
std::string closest_id(const std::string &id, const std::vector<Question> &questions) {
  std::vector<std::string_view> ids;
  ids.reserve(questions.size() + groups().size());
  for (const auto &question : questions) {
    ids.emplace_back(question.id);
  }
  for (const auto &group : groups()) {
    ids.push_back(group.id);
  }
  const auto close = routine::closest_match(id, ids);
  return close.empty() ? std::string() : "; did you mean \"" + close + "\"?";
}

} // namespace

Answers parse_answers(std::string_view text, std::string_view source_name,
                      const std::vector<Question> &questions, std::string_view routine_id) {
  // toml++ recurses on nesting, so a key of 150,000 dotted parts would overflow the
  // stack: refused first, as the routine loader does.
  if (const auto deep = routine::find_deep_nesting(text)) {
    const auto where = routine::position_at(text, *deep);
    throw UsageError(fmt::format("{}:{}:{}: the file nests keys, tables or lists more than {} "
                                 "levels deep; an answers file is lines such as injury = false",
                                 source_name, where.line, where.column, routine::k_max_nesting));
  }
  toml::table table;
  try {
    table = toml::parse(text, source_name);
  } catch (const toml::parse_error &e) {
    throw UsageError(at(source_name, e.source()) + std::string(e.description()));
  }
  Answers answers;
  std::string unknown;
  int unknown_count = 0;
  std::string first_unknown_at;
  std::string first_unknown;
  for (const auto &[key, node] : table) {
    const std::string id(key.str());
    if (const auto *retired = find_retired_id(id)) {
      throw UsageError(at(source_name, key.source()) + "the question \"" + id +
                       "\" is no longer asked: answer " + std::string(retired->replaced_by) +
                       " instead; 'knead questions " + std::string(routine_id) + "' lists them");
    }
    if (!is_known_id(id, questions)) {
      if (unknown.empty()) {
        first_unknown_at = at(source_name, key.source());
        first_unknown = id;
      }
      if (unknown_count < k_named_unknown_ids) {
        unknown += (unknown.empty() ? "\"" : ", \"") + routine::shown_name(id) + "\"";
      }
      ++unknown_count;
      continue;
    }
    const auto *value = node.as_boolean();
    if (value == nullptr) {
      throw UsageError(at(source_name, node.source()) + "the answer to \"" + id +
                       "\" must be true or false");
    }
    answers[id] = value->get();
  }
  if (!unknown.empty()) {
    if (unknown_count > k_named_unknown_ids) {
      unknown += fmt::format(" and {} more", unknown_count - k_named_unknown_ids);
    }
    // A typo is likely when one id is unknown; many unknown ids are another file.
    const auto hint = unknown_count == 1 ? closest_id(first_unknown, questions) : std::string();
    throw UsageError(first_unknown_at + "unknown question id" + (unknown_count == 1 ? " " : "s ") +
                     unknown + hint + "; 'knead questions " + std::string(routine_id) +
                     "' lists them");
  }
  return answers;
}

Answers read_answers_file(const std::filesystem::path &path, const std::vector<Question> &questions,
                          std::string_view routine_id) {
  // Checked without blocking (a FIFO nobody writes to reads as empty, a device is
  // refused) and capped, so `--answers /dev/zero` cannot read until memory runs out.
  auto read =
      files::read_small_file(path, k_max_answers_bytes, files::Accept::regular_file_or_pipe);
  if (!read.text) {
    if (read.problem.kind == files::ReadProblem::Kind::too_large) {
      throw UsageError(fmt::format("the answers file {} is too large ({}; the limit is 64 KiB): "
                                   "an answers file is a few dozen lines",
                                   path.string(),
                                   read.problem.size == 0
                                       ? fmt::format("over {} bytes", k_max_answers_bytes)
                                       : fmt::format("{} bytes", read.problem.size)));
    }
    throw UsageError("cannot open the answers file " + path.string() + ": " +
                     files::describe(read.problem));
  }
  return parse_answers(*read.text, path.string(), questions, routine_id);
}

void require_every_answer(const std::vector<Question> &questions, const Answers &answers,
                          std::string_view source_name, std::string_view routine_id) {
  auto missing = missing_answers(questions, answers);
  if (missing.empty()) {
    return;
  }
  std::string ids;
  for (const auto &id : missing) {
    ids += (ids.empty() ? "" : ", ") + id;
  }
  throw UsageError(std::string(source_name) + ": missing answers for: " + ids +
                   " ('knead questions " + std::string(routine_id) +
                   " --template' prints a file to fill in)");
}

} // namespace knead::screening
