#include "screening/last_check.hpp"

#include "util/error.hpp"
#include "util/xdg.hpp"

#include <unistd.h>

#include <ctime>
#include <fstream>
#include <sstream>
#include <system_error>

namespace knead::screening {
namespace {

constexpr std::string_view k_header = "knead last-check 1";

std::tm local_time(SystemTime time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
  std::tm tm{};
  localtime_r(&seconds, &tm);
  return tm;
}

} // namespace

std::string question_set(const std::vector<Question> &questions) {
  std::string ids;
  for (const auto &question : questions) {
    if (question.follows.empty()) {
      ids += (ids.empty() ? "" : ",") + question.id;
    }
  }
  return ids;
}

bool can_reconfirm(const std::optional<LastCheck> &last, const std::string &questions,
                   SystemTime now) {
  return last && last->questions == questions && last->at <= now &&
         now - last->at < std::chrono::hours(24);
}

std::string reconfirm_text(SystemTime at, SystemTime now) {
  const std::tm then = local_time(at);
  const std::tm today = local_time(now);
  const bool same_day = then.tm_year == today.tm_year && then.tm_yday == today.tm_yday;
  char clock[8];
  std::strftime(clock, sizeof clock, "%H:%M", &then);
  return std::string("Nothing has changed since your check at ") + clock +
         (same_day ? " today?" : " yesterday?");
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
  std::ifstream in(file);
  if (!in) {
    return std::nullopt; // never checked yet: nothing to say
  }
  std::string header;
  std::string at_key;
  long long seconds = 0;
  std::string questions_key;
  LastCheck check;
  std::getline(in, header);
  in >> at_key >> seconds >> questions_key >> check.questions;
  if (header != k_header || at_key != "at" || questions_key != "questions" || !in ||
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
    out << k_header << "\nat " << seconds << "\nquestions " << check.questions << "\n";
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
