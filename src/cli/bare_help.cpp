#include "cli/command.hpp"
#include "cli/library.hpp"
#include "knead_version.hpp"
#include "routine/builtin.hpp"
#include "routine/duration.hpp"
#include "routine/list_view.hpp"
#include "routine/timing.hpp"
#include "util/error.hpp"

#include <algorithm>

namespace knead::cli {
namespace {

// One line a routine: id, total and title, cut to fit the terminal.
void print_routines(Output &out) {
  std::vector<routine::ListedRoutine> routines;
  try {
    routines = routine::list_routines(make_library(out));
  } catch (const Error &) {
    return; // no usable home folder: the commands are still worth showing
  }
  // The ids as the terminal shows them, so that the columns line up there.
  std::vector<Text> ids;
  std::size_t id_width = 0;
  for (const auto &entry : routines) {
    ids.push_back(Text(Untrusted(entry.found.id)).in(out.charset()));
    id_width = std::max(id_width, ids.back().width());
  }
  const auto line_width = static_cast<std::size_t>(std::max(out.width(), 40));
  out.print("\nRoutines:\n");
  for (std::size_t i = 0; i < routines.size(); ++i) {
    const auto &entry = routines[i];
    Text total = "-";
    Text title = "does not load: see 'knead check " + Text(Untrusted(entry.found.id)) + "'";
    if (entry.routine) {
      total = Text::trusted(routine::format_clock(routine::routine_duration(*entry.routine)));
      title = Text(Untrusted(entry.routine->title));
    }
    if (entry.found.id == routine::k_default_routine) {
      title = "(default) " + title;
    }
    const auto used = 2 + id_width + 2 + 5 + 2;
    out.print(
        Text::format("  {}  {:>5}  {}\n", ids[i].padded_right(id_width), total,
                     title.truncated(used < line_width ? line_width - used : 10, out.charset())));
  }
}

} // namespace

int print_bare_help(const CLI::App &app, Output &out) {
  out.print(Text::format("knead {}: guided self-massage and acupressure routines for back pain\n\n",
                         std::string_view(KNEAD_VERSION)));
  out.print("Usage: knead <command> [options]   (knead <command> --help for more)\n\n");
  out.print("Commands:\n");
  for (const auto *sub : app.get_subcommands({})) {
    if (!sub->get_group().empty()) {
      out.print(Text::format("  {:<12} {}\n", Text::trusted(sub->get_name()),
                             Text::trusted(sub->get_description())));
    }
  }
  print_routines(out);
  out.print(
      Text::format("\nStart with 'knead run' ({}), or write your own with 'knead new NAME'.\n",
                   routine::k_default_routine));
  return 0;
}

} // namespace knead::cli
