#include "routine/regions.hpp"

namespace knead::routine {

std::span<const Region> known_regions() {
  static constexpr Region k_regions[] = {
      {"shoulders", "the tops of your shoulders"},
      {"upper-back", "your upper back"},
      {"lower-back", "your lower back"},
      {"abdomen", "your belly below the navel"},
      {"hips", "your hips"},
      {"buttocks", "your buttocks"},
      {"legs", "the backs of your knees and your calves"},
      {"feet", "your feet"},
      {"hands", "your hands"},
  };
  return k_regions;
}

std::vector<std::string_view> region_ids() {
  std::vector<std::string_view> ids;
  for (const auto &region : known_regions()) {
    ids.push_back(region.id);
  }
  return ids;
}

const Region *find_region(std::string_view id) {
  for (const auto &region : known_regions()) {
    if (region.id == id) {
      return &region;
    }
  }
  return nullptr;
}

} // namespace knead::routine
