#pragma once

#include "screening/applicable.hpp"
#include "screening/question.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace knead::screening {

using SystemTime = std::chrono::system_clock::time_point;

// The built-in questions answered "no" in the last check, so that a session within
// 24 hours, of this routine or another, asks only what was not answered yet (after
// one question: has anything changed?). A routine's own questions are never carried:
// another routine's question of the same id may mean something else.
struct LastCheck {
  SystemTime at;         // when the first of these answers was given
  std::string questions; // the ids answered "no", comma-separated
};

// Whether `last` may be carried at `now`: answered less than 24 hours ago (and not in
// the future: a clock moved back or a hand-edited file means asking everything).
bool can_reconfirm(const std::optional<LastCheck> &last, SystemTime now);

// The answers `last` carries for `questions`: "no" to each built-in question in it.
Answers carried_answers(const LastCheck &last, const std::vector<Question> &questions);

// The record after a screening that did not stop: the built-in questions answered
// "no" in `answers`, added to those `carried` from `last` (whose time is kept, so
// the 24 hours count from the first check); a "yes" drops its id.
LastCheck updated_check(const std::optional<LastCheck> &carried, const Answers &answers,
                        const std::vector<Question> &questions, SystemTime now);

// "Has anything changed since your check at 08:02 today? y = answer again, n = go on"
// (local time; "yesterday" when the check was on the previous calendar day).
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
