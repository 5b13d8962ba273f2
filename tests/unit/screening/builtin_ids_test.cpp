// The routine loader refuses a routine question that takes a built-in id; its list of
// those ids must be the bank's, or `knead check` would pass what `knead run` refuses.
#include "routine/builtin_ids.hpp"
#include "routine/regions.hpp"
#include "screening/groups.hpp"
#include "test_routines.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace knead;

namespace {

// A routine that makes every built-in question apply: every region, and ice.
routine::Routine touching_everything() {
  routine::Routine r;
  r.id = "everything";
  for (const auto &region : routine::known_regions()) {
    r.steps.push_back(test::make_step(std::string(region.id), std::string(region.id)));
  }
  r.steps.push_back(test::make_step("Ice", "lower-back", routine::StepKind::ice));
  r.steps.push_back(test::make_step("Heat", "lower-back", routine::StepKind::heat));
  return r;
}

} // namespace

TEST_CASE("every built-in question's id is one a routine may not take") {
  std::set<std::string> bank;
  for (const auto &question : screening::questions_for(touching_everything())) {
    CAPTURE(question.id);
    CHECK(routine::is_builtin_question_id(question.id));
    if (!question.id.starts_with(routine::k_skin_prefix)) {
      bank.insert(question.id);
    }
  }
  std::set<std::string> reserved;
  for (const auto id : routine::builtin_question_ids()) {
    reserved.insert(std::string(id));
  }
  CHECK(reserved == bank);
}

TEST_CASE("the retired ids are the bank's, and a routine may not take them") {
  std::set<std::string> bank;
  for (const auto &retired : screening::retired_ids()) {
    bank.insert(std::string(retired.id));
  }
  std::set<std::string> reserved;
  for (const auto id : routine::retired_question_ids()) {
    CHECK(routine::is_builtin_question_id(id));
    reserved.insert(std::string(id));
  }
  CHECK(reserved == bank);
}

TEST_CASE("the group ids are the bank's, and a routine may not take them") {
  std::set<std::string> bank;
  for (const auto &group : screening::groups()) {
    bank.insert(std::string(group.id));
  }
  std::set<std::string> reserved;
  for (const auto id : routine::group_ids()) {
    CHECK(routine::is_builtin_question_id(id));
    reserved.insert(std::string(id));
  }
  CHECK(reserved == bank);
}

TEST_CASE("a routine's own ids stay free, except the skin_ prefix") {
  CHECK_FALSE(routine::is_builtin_question_id("hip_replacement"));
  CHECK_FALSE(routine::is_builtin_question_id("bleeding_gums"));
  CHECK(routine::is_builtin_question_id("skin_knees")); // not a region, but the skin prefix
}
