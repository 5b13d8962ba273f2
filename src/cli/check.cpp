#include "cli/checks.hpp"
#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/diagnostic_view.hpp"
#include "routine/duration.hpp"
#include "routine/name.hpp"
#include "routine/source_file.hpp"
#include "routine/timing.hpp"
#include "util/exit_code.hpp"
#include "util/json.hpp"

#include <algorithm>
#include <memory>

namespace knead::cli {
namespace {

// How `knead check` prints problems: `human` (source lines, carets, a count),
// `short` (one line each and its hint, for grep and simple editor hooks), `json`.
struct CheckOptions {
  std::vector<std::string> names;
  std::string format = "human";
};

// A file or a routine id, as routine/name.hpp tells them apart.
routine::LoadResult check_one(const routine::Library &library, const std::string &name) {
  if (routine::is_routine_path(name)) {
    auto result = routine::load_routine_file(name, routine::routine_id_of(name));
    if (result.routine) {
      routine::apply_default_ready(*result.routine, library.default_ready());
    }
    return result;
  }
  if (const auto found = library.find(name)) {
    return library.load_found(*found);
  }
  routine::LoadResult result;
  result.diagnostics.push_back({.file = name,
                                .message = "cannot open: no such file or routine",
                                .hint = library.suggestion(name)});
  return result;
}

Text ok_line(const std::string &name, const routine::Routine &routine) {
  return Text::format("{}: ok ({} step{}, {})\n", Untrusted(name), routine.steps.size(),
                      routine.steps.size() == 1 ? "" : "s",
                      Text::trusted(routine::format_clock(routine::routine_duration(routine))));
}

// One JSON document for every file: each file's outcome, then every problem.
int check_json(const routine::Library &library, const CheckOptions &options, Output &out) {
  bool failed = false;
  std::vector<std::string> files;
  std::vector<std::string> problems;
  for (const auto &name : options.names) {
    const auto result = check_one(library, name);
    const auto warnings = std::count_if(
        result.diagnostics.begin(), result.diagnostics.end(),
        [](const routine::Diagnostic &d) { return d.severity == routine::Severity::warning; });
    failed = failed || !result.routine;
    files.push_back(json::Object()
                        .add("file", name)
                        .add("ok", result.routine.has_value())
                        .add("errors", static_cast<std::int64_t>(result.diagnostics.size()) -
                                           static_cast<std::int64_t>(warnings))
                        .add("warnings", static_cast<std::int64_t>(warnings))
                        .str());
    for (const auto &diagnostic : result.diagnostics) {
      problems.push_back(routine::diagnostic_json(diagnostic));
    }
  }
  out.print_json(json::Object()
                     .add_raw("files", json::array(files))
                     .add_raw("diagnostics", json::array(problems))
                     .str() +
                 "\n");
  out.flush();
  return failed ? exit_code::k_error : exit_code::k_ok;
}

int check(const CheckOptions &options, Output &out) {
  const auto library = make_library(out);
  if (options.format == "json") {
    return check_json(library, options, out);
  }
  bool failed = false;
  for (const auto &name : options.names) {
    const auto result = check_one(library, name);
    if (options.format == "short") {
      out.print_to_stderr(routine::format_diagnostics(result.diagnostics));
    } else {
      out.print_to_stderr(
          routine::render_diagnostics(result.diagnostics, result.text, name, out.charset()));
    }
    if (!result.routine) {
      failed = true;
      continue;
    }
    out.print(ok_line(name, *result.routine));
  }
  out.flush();
  return failed ? exit_code::k_error : exit_code::k_ok;
}

} // namespace

void add_check_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<CheckOptions>();
  auto *sub = app.add_subcommand(
      "check", "check routine files: problems as file:line:col, exit 1 on errors");
  sub->add_option("files", options->names, "routine files (or routine ids) to check")->required();
  sub->add_option("--format", options->format,
                  "how problems are printed: human (the source line and a caret), short (one "
                  "line each), json")
      ->check(one_of("--format", {"human", "short", "json"}));
  sub->footer("Exit status: 0 when every file loads (warnings allowed), 1 on any error.\n"
              "The format of routine files: man 5 knead-routine");
  sub->callback(
      [&action, options] { action = [options](Output &out) { return check(*options, out); }; });
}

} // namespace knead::cli
