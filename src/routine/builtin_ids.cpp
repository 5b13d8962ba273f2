#include "routine/builtin_ids.hpp"

#include <algorithm>
#include <array>

namespace knead::routine {
namespace {

constexpr std::array<std::string_view, 13> k_builtin_ids = {
    "saddle_bladder_bowel", "both_legs",  "injury",        "fever_unwell",
    "weight_cancer",        "night_pain", "leg_worsening", "weak_back",
    "weak_back_cleared",    "bleeding",   "pregnant",      "cold_sensitive",
    "long_lasting"};

} // namespace

std::span<const std::string_view> builtin_question_ids() {
  return k_builtin_ids;
}

bool is_builtin_question_id(std::string_view id) {
  return id.starts_with(k_skin_prefix) ||
         std::find(k_builtin_ids.begin(), k_builtin_ids.end(), id) != k_builtin_ids.end();
}

} // namespace knead::routine
