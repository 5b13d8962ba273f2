#include "cli/command.hpp"
#include "routine/points_view.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <memory>

namespace knead::cli {
namespace {

struct PointsOptions {
  std::string query;
  bool json = false;
};

int points(const PointsOptions &options, Output &out) {
  const auto found = routine::search_points(options.query);
  if (found.empty() && !options.json) {
    throw Error(
        fmt::format("no point matches \"{}\"; 'knead points' lists them all", options.query));
  }
  if (options.json) {
    out.print_json(routine::points_json(found));
  } else {
    out.print_wrapped(routine::format_points(found));
  }
  return found.empty() ? exit_code::k_error : exit_code::k_ok;
}

} // namespace

void add_points_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<PointsOptions>();
  auto *sub = app.add_subcommand("points", "the acupressure point catalog");
  sub->add_option("query", options->query,
                  "a point code (BL40) or a word to search for (knee, foot, sea)");
  sub->add_flag("--json", options->json, "print the points as JSON");
  sub->callback(
      [&action, options] { action = [options](Output &out) { return points(*options, out); }; });
}

} // namespace knead::cli
