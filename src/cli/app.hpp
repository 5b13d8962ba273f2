#pragma once

namespace knead::cli {

// Parses the command line, runs the chosen subcommand and returns the exit code.
// Every knead::Error and CLI11 parse error is caught here and nowhere else.
int run_app(int argc, char **argv);

} // namespace knead::cli
