#include "screening/region_words.hpp"

#include "routine/regions.hpp"

namespace knead::screening {

std::string region_in_words(std::string_view region) {
  if (const auto *known = routine::find_region(region)) {
    return std::string(known->words);
  }
  // Unknown regions do not pass `knead check`; hand-made routines still read well.
  std::string words = "your ";
  for (char c : region) {
    words += c == '-' ? ' ' : c;
  }
  return words;
}

bool is_known_region(std::string_view region) {
  return routine::find_region(region) != nullptr;
}

} // namespace knead::screening
