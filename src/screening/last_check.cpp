#include "screening/last_check.hpp"

#include "util/error.hpp"
#include "util/small_file.hpp"
#include "util/xdg.hpp"

#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>
#include <system_error>

namespace knead::screening {
namespace {

constexpr std::string_view k_header = "knead last-check 2";
// The first record held only an all-clear of one set of questions: read as none.
constexpr std::string_view k_old_header = "knead last-check 1";
// Two lines: a header and the ids answered "no". Far more is not this record.
constexpr std::size_t k_max_record_bytes = std::size_t{64} * 1024;

std::vector<std::string> split_ids(const std::string &ids) {
  std::vector<std::string> out;
  std::string id;
  std::istringstream in(ids);
  while (std::getline(in, id, ',')) {
    if (!id.empty()) {
      out.push_back(id);
    }
  }
  return out;
}

bool is_carried(const Question &question) {
  return !question.from_routine;
}

std::tm local_time(SystemTime time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
  std::tm tm{};
  localtime_r(&seconds, &tm);
  return tm;
}

} // namespace

bool can_reconfirm(const std::optional<LastCheck> &last, SystemTime now) {
  return last && last->at <= now && now - last->at < std::chrono::hours(24);
}

Answers carried_answers(const LastCheck &last, const std::vector<Question> &questions) {
  const auto ids = split_ids(last.questions);
  Answers answers;
  for (const auto &question : questions) {
    if (is_carried(question) && std::find(ids.begin(), ids.end(), question.id) != ids.end()) {
      answers[question.id] = false;
    }
  }
  return answers;
}

LastCheck updated_check(const std::optional<LastCheck> &last, const Answers &answers,
                        const std::vector<Question> &questions, SystemTime now) {
  std::vector<std::string> ids = last ? split_ids(last->questions) : std::vector<std::string>{};
  for (const auto &question : questions) {
    auto answer = answers.find(question.id);
    if (!is_carried(question) || answer == answers.end()) {
      continue;
    }
    std::erase(ids, question.id);
    if (!answer->second) {
      ids.push_back(question.id);
    }
  }
  std::string joined;
  for (const auto &id : ids) {
    joined += (joined.empty() ? "" : ",") + id;
  }
  return LastCheck{last ? last->at : now, joined};
}

std::string reconfirm_text(SystemTime at, SystemTime now) {
  const std::tm then = local_time(at);
  const std::tm today = local_time(now);
  const bool same_day = then.tm_year == today.tm_year && then.tm_yday == today.tm_yday;
  char clock[8];
  std::strftime(clock, sizeof clock, "%H:%M", &then);
  return std::string("Has anything changed since your check at ") + clock +
         (same_day ? " today" : " yesterday") + "? y = answer again, n = go on";
}

std::filesystem::path default_last_check_file() {
  try {
    return xdg::state_dir() / "last-check";
  } catch (const Error &) {
    return {};
  }
}

std::optional<LastCheck> load_last_check(const std::filesystem::path &file, std::string &warning) {
  warning.clear();
  // A small regular file, opened without blocking: a FIFO in its place must not
  // hang `knead run` before the first question.
  auto read = files::read_small_file(file, k_max_record_bytes);
  if (!read.text) {
    if (read.problem.kind != files::ReadProblem::Kind::missing) {
      warning = "ignoring the unreadable screening record " + file.string() + " (" +
                files::describe(read.problem, k_max_record_bytes) + "); asking every question";
    }
    return std::nullopt; // never checked yet: nothing to say
  }
  std::istringstream in(*read.text);
  std::string header;
  std::string at_key;
  long long seconds = 0;
  std::string questions_key;
  LastCheck check;
  std::getline(in, header);
  if (header == k_old_header) {
    return std::nullopt;
  }
  in >> at_key >> seconds >> questions_key >> check.questions;
  if (header != k_header || at_key != "at" || questions_key != "no" || !in ||
      check.questions.empty()) {
    warning =
        "ignoring the unreadable screening record " + file.string() + "; asking every question";
    return std::nullopt;
  }
  check.at = SystemTime(std::chrono::seconds(seconds));
  return check;
}

void save_last_check(const std::filesystem::path &file, const LastCheck &check,
                     std::string &warning) {
  warning.clear();
  std::error_code error;
  std::filesystem::create_directories(file.parent_path(), error);
  // Write a temporary file and rename it over the record: a crash leaves either the
  // old record or the new one, never half of one.
  auto temporary = file;
  temporary += ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::trunc);
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(check.at.time_since_epoch()).count();
    out << k_header << "\nat " << seconds << "\nno " << check.questions << "\n";
    out.flush();
    if (!out) {
      warning = "could not save the screening record " + file.string() +
                "; the next session asks every question";
      std::filesystem::remove(temporary, error);
      return;
    }
  }
  std::filesystem::rename(temporary, file, error);
  if (error) {
    warning = "could not save the screening record " + file.string() + ": " + error.message() +
              "; the next session asks every question";
    std::filesystem::remove(temporary, error);
  }
}

void forget_last_check(const std::filesystem::path &file) {
  std::error_code error;
  std::filesystem::remove(file, error);
}

} // namespace knead::screening
