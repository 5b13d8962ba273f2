#include "cli/command.hpp"
#include "cli/library.hpp"
#include "routine/builtin.hpp"
#include "routine/scaffold.hpp"
#include "routine/user_folder.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace knead::cli {
namespace {

struct NewOptions {
  std::string name;
  std::string from;
  bool to_stdout = false;
};

int create(const NewOptions &options, Output &out) {
  if (!routine::is_routine_id(options.name)) {
    throw UsageError(fmt::format("\"{}\" cannot be a routine name: use lower-case letters, "
                                 "digits and hyphens, such as \"evening-back\"",
                                 options.name));
  }
  const auto library = make_library(out);
  std::string text = routine::scaffold_routine(options.name, routine::installed_schema_path());
  if (!options.from.empty()) {
    const auto from = library.load(options.from);
    text = routine::copied_routine(from.content, from.id, from.path);
  }
  if (options.to_stdout) {
    // A routine from a file (--from) is untrusted, line breaks and all.
    out.print(Text::lines(Untrusted(text)));
    return 0;
  }
  const auto path = user_routine_path(options.name);
  if (std::filesystem::exists(path)) {
    throw Error(
        fmt::format("{} already exists; 'knead edit {}' opens it", path.string(), options.name));
  }
  routine::write_new_file(path, text);
  out.print_wrapped(Text::format("Created {}\n", Untrusted(path.string())));
  const auto found = library.find(options.name);
  if (found && !found->shadows.empty()) {
    out.print(Text::format("It shadows {} of the same name.\n",
                           found->shadows.back().rfind("builtin:", 0) == 0
                               ? Text("the built-in routine")
                               : Text(Untrusted(found->shadows.back()))));
  }
  // The name is a routine id by now (is_routine_id): plain letters, digits and '-'.
  out.print(Text::format("Edit it with 'knead edit {}', then try it with 'knead show {}'.\n",
                         Untrusted(options.name), Untrusted(options.name)));
  return 0;
}

} // namespace

void add_new_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<NewOptions>();
  auto *sub = app.add_subcommand("new", "start a new routine in your routine folder");
  sub->add_option("name", options->name, "the new routine's id, such as evening-back")->required();
  sub->add_option("--from", options->from, "copy this routine (an id or a file) instead");
  sub->add_flag("--stdout", options->to_stdout, "print the routine instead of writing a file");
  sub->callback(
      [&action, options] { action = [options](Output &out) { return create(*options, out); }; });
}

} // namespace knead::cli
