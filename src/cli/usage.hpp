#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace knead::cli {

// A command line knead cannot use, worded in the house style: what is wrong, a hint
// for a likely typo (empty when there is none), and the command whose help to read.
struct UsageProblem {
  std::string message;
  std::string hint;
  std::string command; // "knead run", "knead remind add", or "knead"
};

// The command that parsing reached ("knead", "knead run", "knead remind add"), or,
// with `option`, the deepest of those commands that has that option.
std::string chosen_command(const CLI::App &root, const std::string &option = {});

// `error`, from parsing `root`, reworded: CLI11's own wording ("The following argument
// was not expected: --spede", "--at is required", "A subcommand is required") is
// replaced by a sentence built from the command tree itself (which option, which
// command, the closest name).
UsageProblem describe_parse_error(const CLI::ParseError &error, const CLI::App &root);

} // namespace knead::cli
