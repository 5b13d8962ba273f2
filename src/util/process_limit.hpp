#pragma once

#include "util/process.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace knead::process {

// What a child run with a time limit came to.
struct LimitedResult {
  std::optional<Result> result; // nothing when it could not be started
  bool timed_out = false;       // it ran past the limit and was killed
};

// process::run, but a child still running after `limit` is killed with everything it
// started (its process group), so a hung notify-send or systemctl cannot hold knead
// for ever. Its result then has the exit code of the kill.
LimitedResult run_within(const std::vector<std::string> &argv, std::chrono::milliseconds limit,
                         bool capture_stdout = false, bool quiet = false);

} // namespace knead::process
