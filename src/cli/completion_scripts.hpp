#pragma once

#include "cli/command_tree.hpp"

#include <string>

namespace knead::cli {

// Shell completion scripts generated from the command tree, one shell per file.
// Each completes subcommands, their options, option values that are files or a
// fixed set, and routine ids (asked of `knead completions --routines` at
// completion time, so routines added later complete too).
std::string bash_completion_script(const CommandInfo &root);
std::string zsh_completion_script(const CommandInfo &root);
std::string fish_completion_script(const CommandInfo &root);

// knead(1) in roff, from the same tree.
std::string man_page(const CommandInfo &root, std::string_view version);

} // namespace knead::cli
