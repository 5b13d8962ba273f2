#include "screening/pregnancy.hpp"

#include "routine/points.hpp"
#include "screening/pressure.hpp"
#include "screening/region_words.hpp"

#include <array>
#include <string_view>

namespace knead::screening {
namespace {

// Regions whose points conservative pregnancy lists avoid (docs/safety.md).
constexpr std::array<std::string_view, 3> k_pregnancy_regions = {"lower-back", "hips", "abdomen"};

bool point_avoided(std::string_view code) {
  const auto *point = routine::find_point(code);
  return point != nullptr && point->avoid_in_pregnancy;
}

} // namespace

std::string pregnancy_skip_reason(const routine::Step &step) {
  if (!step.point.empty() && point_avoided(step.point)) {
    return "the point " + std::string(routine::find_point(step.point)->code) +
           " is avoided in pregnancy";
  }
  // Leg massage in pregnancy can move a clot (Sutham et al. 2020): every step on the
  // legs, of any kind.
  if (routine::touches(step, "legs")) {
    return "steps on the legs are avoided in pregnancy: pressing there can move a blood clot";
  }
  if (!presses(step.kind)) {
    return {};
  }
  for (auto region : k_pregnancy_regions) {
    if (routine::touches(step, region)) {
      return "pressing on " + region_in_words(region) + " is avoided in pregnancy";
    }
  }
  return {};
}

} // namespace knead::screening
