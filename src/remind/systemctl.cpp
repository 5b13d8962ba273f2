#include "remind/systemctl.hpp"

#include "util/process.hpp"

namespace knead::remind {

bool systemctl_user(const std::vector<std::string> &args) {
  std::vector<std::string> argv{"systemctl", "--user"};
  argv.insert(argv.end(), args.begin(), args.end());
  auto result = process::run(argv, /*capture_stdout=*/true, /*quiet=*/true);
  return result && result->exit_code == 0;
}

std::optional<std::string> parse_next_elapse(std::string_view output) {
  auto first = output.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return std::nullopt;
  }
  auto last = output.find_last_not_of(" \t\r\n");
  auto value = output.substr(first, last - first + 1);
  value = value.substr(0, value.find('\n'));
  if (value == "n/a" || value.empty()) {
    return std::nullopt;
  }
  return std::string(value);
}

std::optional<std::string> next_run(std::string_view timer_name) {
  auto result = process::run({"systemctl", "--user", "show", "--property=NextElapseUSecRealtime",
                              "--value", std::string(timer_name)},
                             /*capture_stdout=*/true, /*quiet=*/true);
  if (!result || result->exit_code != 0) {
    return std::nullopt;
  }
  return parse_next_elapse(result->output);
}

} // namespace knead::remind
