#pragma once

#include <string>
#include <string_view>

namespace knead::screening {

// `region` in the person's words ("your lower back"), from the region list.
std::string region_in_words(std::string_view region);

// Whether `region` is one of the known regions (so `skin_<region>` is a real id).
bool is_known_region(std::string_view region);

} // namespace knead::screening
