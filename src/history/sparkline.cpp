#include "history/sparkline.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace knead::history {

std::string sparkline(const std::vector<std::optional<double>> &values, bool unicode) {
  static constexpr std::array<std::string_view, 8> k_blocks{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  static constexpr std::string_view k_ascii = "_.-~=+*#";
  std::string line;
  for (const auto &value : values) {
    if (!value) {
      line += ' ';
      continue;
    }
    const double scaled = std::clamp(*value, 0.0, 10.0) / 10.0 * 7.0;
    const auto level = static_cast<std::size_t>(std::lround(scaled));
    if (unicode) {
      line += k_blocks[level];
    } else {
      line += k_ascii[level];
    }
  }
  return line;
}

} // namespace knead::history
