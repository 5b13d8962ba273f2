#include "remind/systemctl.hpp"

#include "util/process_limit.hpp"

namespace knead::remind {

SystemctlAnswer systemctl_user(const std::vector<std::string> &args) {
  std::vector<std::string> argv{"systemctl", "--user"};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto ran = process::run_within(argv, k_systemctl_limit, /*capture_stdout=*/true,
                                       /*quiet=*/true);
  if (ran.timed_out) {
    return SystemctlAnswer::no_answer;
  }
  return ran.result && ran.result->exit_code == 0 ? SystemctlAnswer::done : SystemctlAnswer::failed;
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
  const auto ran =
      process::run_within({"systemctl", "--user", "show", "--property=NextElapseUSecRealtime",
                           "--value", std::string(timer_name)},
                          k_systemctl_limit, /*capture_stdout=*/true, /*quiet=*/true);
  if (ran.timed_out || !ran.result || ran.result->exit_code != 0) {
    return std::nullopt;
  }
  return parse_next_elapse(ran.result->output);
}

} // namespace knead::remind
