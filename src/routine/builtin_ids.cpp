#include "routine/builtin_ids.hpp"

#include <algorithm>
#include <array>

namespace knead::routine {
namespace {

constexpr std::array<std::string_view, 24> k_builtin_ids = {"saddle_bladder_bowel",
                                                            "both_legs",
                                                            "serious_accident",
                                                            "chest_pain",
                                                            "high_temperature",
                                                            "weight_loss",
                                                            "night_pain",
                                                            "leg_worsening",
                                                            "minor_fall",
                                                            "back_shape",
                                                            "cough_sneeze",
                                                            "between_shoulders",
                                                            "passing_cold",
                                                            "weak_back",
                                                            "weak_back_cleared",
                                                            "cancer_history",
                                                            "cancer_checked",
                                                            "bleeding",
                                                            "pregnant",
                                                            "pregnancy_urgent",
                                                            "leg_clot",
                                                            "cold_allergy",
                                                            "reduced_feeling",
                                                            "long_lasting"};

// Ids the first bank asked (docs/safety.md, "What changed"): answers files may still
// carry them, so a routine may not take them either.
constexpr std::array<std::string_view, 4> k_retired_ids = {"injury", "fever_unwell",
                                                           "weight_cancer", "cold_sensitive"};

// The ids of the groups of signs (screening/groups.hpp): an answers file may answer
// a whole group by its id.
constexpr std::array<std::string_view, 5> k_group_ids = {"emergency_signs", "urgent_signs",
                                                         "conditions", "skin", "cold_heat"};

bool listed(std::span<const std::string_view> ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

std::span<const std::string_view> builtin_question_ids() {
  return k_builtin_ids;
}

std::span<const std::string_view> retired_question_ids() {
  return k_retired_ids;
}

std::span<const std::string_view> group_ids() {
  return k_group_ids;
}

bool is_builtin_question_id(std::string_view id) {
  return id.starts_with(k_skin_prefix) || listed(k_builtin_ids, id) || listed(k_retired_ids, id) ||
         listed(k_group_ids, id);
}

} // namespace knead::routine
