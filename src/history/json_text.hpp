#pragma once

#include <optional>
#include <string>

namespace knead::history {

// The history's optional numbers as JSON values (for util/json's add_raw).
// A rating, or null.
std::string json_int(std::optional<int> value);
// A number with one decimal ("23.5"), or null.
std::string json_decimal(std::optional<double> value);
// A number as short as it reads exactly ("1", "2.5").
std::string json_number(double value);

} // namespace knead::history
