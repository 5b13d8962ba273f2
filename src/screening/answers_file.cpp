#include "screening/answers_file.hpp"

#include "routine/toml.hpp"
#include "util/error.hpp"

#include <fstream>
#include <sstream>

namespace knead::screening {
namespace {

std::string at(std::string_view source_name, const toml::source_region &where) {
  return std::string(source_name) + ":" + std::to_string(where.begin.line) + ":" +
         std::to_string(where.begin.column) + ": ";
}

} // namespace

Answers parse_answers(std::string_view text, std::string_view source_name,
                      const std::vector<Question> &questions, std::string_view routine_id) {
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
      }
      unknown += (unknown.empty() ? "\"" : ", \"") + id + "\"";
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
    throw UsageError(first_unknown_at + "unknown question id" + (unknown_count == 1 ? " " : "s ") +
                     unknown + "; 'knead questions " + std::string(routine_id) + "' lists them");
  }
  return answers;
}

Answers read_answers_file(const std::filesystem::path &path, const std::vector<Question> &questions,
                          std::string_view routine_id) {
  std::ifstream in(path, std::ios::binary);
  std::error_code error;
  if (!in || std::filesystem::is_directory(path, error)) {
    throw UsageError("cannot open the answers file " + path.string());
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_answers(text.str(), path.string(), questions, routine_id);
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
