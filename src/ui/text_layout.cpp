#include "ui/text_layout.hpp"

#include "util/utf8.hpp"
#include "util/wrap.hpp"

namespace knead::ui {

std::vector<std::string> wrap_text(std::string_view text, int columns) {
  if (columns <= 0) {
    return {};
  }
  return wrap_words(text, static_cast<std::size_t>(columns));
}

std::string centre(std::string_view text, int columns) {
  const auto used = static_cast<int>(utf8::width(text));
  const int pad = (columns - used) / 2;
  return std::string(static_cast<std::size_t>(pad > 0 ? pad : 0), ' ') + std::string(text);
}

} // namespace knead::ui
