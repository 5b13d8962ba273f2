#pragma once

#include "routine/model.hpp"

#include <string>
#include <vector>

namespace knead::session {

// One step of the routine as the session will treat it. Screening decides which
// steps are skipped and which carry a caution; the engine runs the rest.
struct PlannedStep {
  routine::Step step;
  int number = 0; // 1-based position in the routine
  bool skipped = false;
  std::string skip_reason;           // the question id that skipped it, e.g. "pregnant"
  std::string skip_explanation;      // the same in words, for the person
  std::vector<std::string> cautions; // shown just before the step ("gentle pressure only")
  // Set when screening runs the step's alternative instead (`step` is then the
  // alternative): the question id, the reason in words, and the title it replaces.
  std::string swap_reason;
  std::string swap_explanation;
  std::string replaced_title;
};

// What the session runs: the routine's steps, trimmed and annotated by screening,
// plus advice to show before it starts. This is the seam between screening and the
// session: make_plan() gives the untouched plan, screening edits a copy.
struct Plan {
  std::string routine_id;
  std::string routine_title;
  std::vector<PlannedStep> steps;
  std::vector<std::string> advice;
};

// Every step of `routine`, none skipped, no cautions.
Plan make_plan(const routine::Routine &routine);

// Runs `planned`'s alternative in its place (heat for ice) because of the question
// `reason`, with `explanation` in words for the person. Returns false, changing
// nothing, when the step has no alternative, is skipped, or was swapped already.
bool use_alternative(PlannedStep &planned, std::string reason, std::string explanation);

} // namespace knead::session
