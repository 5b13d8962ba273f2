#include "screening/region_words.hpp"

namespace knead::screening {

std::string region_in_words(std::string_view region) {
  std::string words = "your ";
  for (char c : region) {
    words += c == '-' ? ' ' : c;
  }
  return words;
}

} // namespace knead::screening

namespace knead::screening {

bool is_known_region(std::string_view region) {
  return !region.empty();
}

} // namespace knead::screening
