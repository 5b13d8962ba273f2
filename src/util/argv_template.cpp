#include "util/argv_template.hpp"

namespace knead::argv_template {

std::vector<Placeholder> find_placeholders(std::string_view element) {
  std::vector<Placeholder> found;
  std::size_t from = 0;
  while (true) {
    const auto open = element.find('{', from);
    if (open == std::string_view::npos) {
      break;
    }
    const auto close = element.find('}', open + 1);
    if (close == std::string_view::npos) {
      break;
    }
    found.push_back({open, std::string(element.substr(open + 1, close - open - 1))});
    from = close + 1;
  }
  return found;
}

std::vector<std::string> expand(const std::vector<std::string> &argv,
                                const std::map<std::string, std::string, std::less<>> &values) {
  std::vector<std::string> result;
  result.reserve(argv.size());
  for (const auto &element : argv) {
    std::string out;
    std::size_t copied = 0;
    for (const auto &placeholder : find_placeholders(element)) {
      const auto value = values.find(placeholder.name);
      if (value == values.end()) {
        continue;
      }
      out.append(element, copied, placeholder.offset - copied);
      out += value->second;
      copied = placeholder.offset + placeholder.name.size() + 2;
    }
    out.append(element, copied, std::string::npos);
    result.push_back(std::move(out));
  }
  return result;
}

bool uses(const std::vector<std::string> &argv, std::string_view name) {
  for (const auto &element : argv) {
    for (const auto &placeholder : find_placeholders(element)) {
      if (placeholder.name == name) {
        return true;
      }
    }
  }
  return false;
}

} // namespace knead::argv_template
