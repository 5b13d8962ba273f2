#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace knead::routine {

// A part of the body a step works on. The list is fixed and documented
// (docs/routine-format.md) because screening asks one skin question per region
// (`skin_<id>`), and answers files name those ids.
struct Region {
  std::string_view id;    // "lower-back"
  std::string_view words; // "your lower back": fits "Is the skin on … broken?"
};

// Every known region, in head-to-toe order.
std::span<const Region> known_regions();

// Every region's id, in the same order, for did-you-mean hints.
std::vector<std::string_view> region_ids();

// The region with this id, or nullptr.
const Region *find_region(std::string_view id);

} // namespace knead::routine
