#pragma once

#include "screening/bank.hpp"
#include "screening/question.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace knead::screening {

// PAR-Q+ asks a few gate questions, each naming several conditions, and follows up
// only after a "yes". knead groups its signs the same way: the signs of one tier are
// one question with a bulleted list, and "no" answers every sign in it. An answers
// file may answer a group by its id or each sign by its own (docs/safety.md).
struct Group {
  std::string_view id;   // the answers-file id: "urgent_signs"
  std::string_view lead; // the question above the list: "Do you have any of these?"
  std::string_view why;  // the help shown for "?"
  // A "yes" to the group stops at this tier (after asking which, unless the tier is
  // the emergency one: then at once); none for a group whose signs differ in effect.
  std::optional<Tier> stops;
  bool ask_each = false;        // "yes" asks each sign as its own question (the skin)
  std::string_view stop_reason; // the reason given when only the group was answered
  std::string_view source;      // where its rules come from, shown with `why`
};

// Every group, in asking order.
std::span<const Group> groups();
const Group *find_group(std::string_view id);

// Sets `group` and `sign` on the questions that belong to a group (the bank's, the
// skin questions, the cold and heat questions).
void assign_groups(std::vector<Question> &questions);

// The members of `group` in `questions`, in asking order.
std::vector<const Question *> members(const std::vector<Question> &questions,
                                      std::string_view group);

// The group question as the person reads it: the lead, then one "  - sign" line for
// each of `signs`.
std::string group_text(const Group &group, const std::vector<const Question *> &signs);

} // namespace knead::screening
