#include "util/editor.hpp"

#include <sstream>

namespace knead {
namespace {

std::vector<std::string> split_words(const char *text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) {
    words.push_back(word);
  }
  return words;
}

} // namespace

std::vector<std::string>
editor_command(const char *visual, const char *editor,
               const std::function<bool(const std::string &)> &is_available) {
  for (const char *value : {visual, editor}) {
    if (value != nullptr) {
      auto words = split_words(value);
      if (!words.empty()) {
        return words;
      }
    }
  }
  if (is_available("editor")) {
    return {"editor"};
  }
  return {"vi"};
}

} // namespace knead
