#pragma once

#include <optional>
#include <string>
#include <vector>

namespace knead::history {

// One character per value on a fixed 0-10 scale (so the same height always means
// the same pain): the Unicode blocks ▁▂▃▄▅▆▇█, or `_.-~=+*#` when `unicode` is
// false. A missing value is a space.
std::string sparkline(const std::vector<std::optional<double>> &values, bool unicode);

} // namespace knead::history
