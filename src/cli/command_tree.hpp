#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace knead::cli {

// The command line as plain data, walked from the CLI::App tree at run time, so the
// shell completions and the man page are generated from the same definitions the
// parser uses and cannot drift from them. CLI11 2.1 has no generator of its own.

// What an option's value or a positional argument completes to.
enum class ValueKind {
  none,    // a flag: no value
  routine, // a routine id: named "routine" (or typed ROUTINE)
  file,    // a path: named or typed FILE / PATH
  choice,  // one of `choices` (from a CLI::IsMember validator)
  text,    // anything else: nothing to offer
};

struct OptionInfo {
  std::vector<std::string> names; // "-h", "--help"
  std::string description;
  std::string value_name; // "HH:MM"; empty for a flag
  ValueKind kind = ValueKind::none;
  std::vector<std::string> choices;
  bool required = false;
};

struct PositionalInfo {
  std::string name;
  std::string description;
  ValueKind kind = ValueKind::text;
  std::vector<std::string> choices;
  bool required = false;
};

struct CommandInfo {
  std::string name; // "knead", "remind", "add"
  std::string path; // "" for knead itself, "/remind/add" below it
  std::string description;
  std::vector<OptionInfo> options;
  std::vector<PositionalInfo> positionals;
  std::vector<CommandInfo> subcommands;
};

// Walks `app` and its visible subcommands; hidden options and commands (empty
// group) are left out.
CommandInfo describe_command_tree(const CLI::App &app);

// Every command of `root`, parents before children (root first).
std::vector<const CommandInfo *> all_commands(const CommandInfo &root);

// A usage line: "knead remind add [routine] --at HH:MM [options]".
std::string usage_line(const CommandInfo &command);

} // namespace knead::cli
