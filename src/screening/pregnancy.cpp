#include "screening/pregnancy.hpp"

#include "screening/region_words.hpp"

#include <array>
#include <string_view>

namespace knead::screening {
namespace {

// Regions whose points conservative pregnancy lists avoid (docs/safety.md).
constexpr std::array<std::string_view, 3> k_pregnancy_regions = {"lower-back", "hips", "abdomen"};

constexpr std::array<std::string_view, 11> k_avoided_points = {
    "BL23", "BL52", "GV4", "BL53", "CV6", "LI4", "LR3", "BL60", "SP6", "BL67", "GB21"};

bool presses(routine::StepKind kind) {
  return kind == routine::StepKind::press || kind == routine::StepKind::reps ||
         kind == routine::StepKind::roll;
}

bool point_avoided(std::string_view code) {
  for (auto avoided : k_avoided_points) {
    if (avoided == code) {
      return true;
    }
  }
  return false;
}

} // namespace

std::string pregnancy_skip_reason(const routine::Step &step) {
  if (!step.point.empty() && point_avoided(step.point)) {
    return "the point " + step.point + " is avoided in pregnancy";
  }
  if (!presses(step.kind)) {
    return {};
  }
  for (auto region : k_pregnancy_regions) {
    if (region == step.region) {
      return "pressing on " + region_in_words(region) + " is avoided in pregnancy";
    }
  }
  return {};
}

} // namespace knead::screening
