#include "cli/command.hpp"
#include "knead_version.hpp"

#include <fmt/format.h>

namespace knead::cli {

int print_bare_help(const CLI::App &app) {
  fmt::print("knead {}: guided self-massage and acupressure routines for back pain\n\n",
             KNEAD_VERSION);
  fmt::print("Usage: knead <command> [options]   (knead <command> --help for more)\n\n");
  for (const auto *sub : app.get_subcommands({})) {
    fmt::print("  {:<12} {}\n", sub->get_name(), sub->get_description());
  }
  fmt::print("\nStart with: knead run\n");
  return 0;
}

} // namespace knead::cli
