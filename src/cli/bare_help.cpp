#include "cli/command.hpp"
#include "cli/library.hpp"
#include "knead_version.hpp"
#include "routine/builtin.hpp"
#include "routine/duration.hpp"
#include "routine/list_view.hpp"
#include "routine/timing.hpp"
#include "util/error.hpp"
#include "util/sanitize.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::cli {
namespace {

constexpr std::size_t k_line_width = 80;

// One line a routine: id, total and title, cut to fit an 80-column terminal.
void print_routines() {
  std::vector<routine::ListedRoutine> routines;
  try {
    routines = routine::list_routines(make_library());
  } catch (const Error &) {
    return; // no usable home folder: the commands are still worth showing
  }
  std::size_t id_width = 0;
  for (const auto &entry : routines) {
    id_width = std::max(id_width, utf8::width(sanitize_for_terminal(entry.found.id)));
  }
  fmt::print("\nRoutines:\n");
  for (const auto &entry : routines) {
    const auto id = utf8::pad_right(sanitize_for_terminal(entry.found.id), id_width);
    std::string total = "-";
    std::string title = "does not load: see 'knead check " + entry.found.id + "'";
    if (entry.routine) {
      total = routine::format_clock(routine::routine_duration(*entry.routine));
      title = entry.routine->title;
    }
    if (entry.found.id == routine::k_default_routine) {
      title = "(default) " + title;
    }
    const auto used = 2 + id_width + 2 + 5 + 2;
    fmt::print("  {}  {:>5}  {}\n", id, total,
               utf8::truncate(sanitize_for_terminal(title),
                              used < k_line_width ? k_line_width - used : 10,
                              utf8::ellipsis_for(terminal_utf8())));
  }
}

} // namespace

int print_bare_help(const CLI::App &app) {
  fmt::print("knead {}: guided self-massage and acupressure routines for back pain\n\n",
             KNEAD_VERSION);
  fmt::print("Usage: knead <command> [options]   (knead <command> --help for more)\n\n");
  fmt::print("Commands:\n");
  for (const auto *sub : app.get_subcommands({})) {
    if (!sub->get_group().empty()) {
      fmt::print("  {:<12} {}\n", sub->get_name(), sub->get_description());
    }
  }
  print_routines();
  fmt::print("\nStart with 'knead run' ({}), or write your own with 'knead new NAME'.\n",
             routine::k_default_routine);
  return 0;
}

} // namespace knead::cli
