#pragma once

#include "screening/question.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace knead::screening {

using SystemTime = std::chrono::system_clock::time_point;

// The last screening where every question was answered "no", so a new session
// within 24 hours may re-confirm it with one question instead of asking them all.
struct LastCheck {
  SystemTime at;
  std::string questions; // question_set(): which questions were answered
};

// The questions asked when every answer is "no" (follow-ups excluded), as one
// comparable string of ids.
std::string question_set(const std::vector<Question> &questions);

// Whether `last` allows re-confirmation for `questions` at `now`: the same set,
// answered less than 24 hours ago (and not in the future: a clock moved back or a
// hand-edited file means asking everything).
bool can_reconfirm(const std::optional<LastCheck> &last, const std::string &questions,
                   SystemTime now);

// "Nothing has changed since your check at 08:02 today?" (local time; "yesterday"
// when the check was on the previous calendar day).
std::string reconfirm_text(SystemTime at, SystemTime now);

// The record file. Reading and writing never
// throw: a missing, corrupt or unwritable file only means asking every question,
// and `warning` receives one line to show (empty when there is nothing to say).
// `$XDG_STATE_HOME/knead/last-check`, or an empty path when there is no state
// folder to use (no HOME either): then every question is asked each time.
std::filesystem::path default_last_check_file();

std::optional<LastCheck> load_last_check(const std::filesystem::path &file, std::string &warning);
void save_last_check(const std::filesystem::path &file, const LastCheck &check,
                     std::string &warning);
void forget_last_check(const std::filesystem::path &file);

} // namespace knead::screening
