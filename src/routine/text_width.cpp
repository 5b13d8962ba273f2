#include "routine/text_width.hpp"

namespace knead::routine {
namespace {

bool starts_code_point(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
}

} // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text) {
    if (starts_code_point(c)) {
      ++width;
    }
  }
  return width;
}

std::string pad_right(std::string_view text, std::size_t width) {
  const auto used = display_width(text);
  return std::string(text) + std::string(used < width ? width - used : 0, ' ');
}

std::string pad_left(std::string_view text, std::size_t width) {
  const auto used = display_width(text);
  return std::string(used < width ? width - used : 0, ' ') + std::string(text);
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width || width == 0) {
    return std::string(text);
  }
  std::size_t columns = 0;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if (starts_code_point(text[i])) {
      if (columns == width - 1) {
        break;
      }
      ++columns;
    }
  }
  return std::string(text.substr(0, i)) + "…";
}

} // namespace knead::routine
