// `knead history export` and `knead history import FILE`: moving a diary.
#include "cli/command.hpp"
#include "cli/history_files.hpp"
#include "history/export.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <sstream>

namespace knead::cli {
namespace {

int run_export(Output &out) {
  if (auto store = history::Store::open_for_reading(history::default_history_path())) {
    history::export_history(*store, [&](const std::string &line) { out.print_json(line); });
  }
  return exit_code::k_ok;
}

// An export of ten years of daily sessions is a few megabytes.
constexpr std::uintmax_t k_max_import_bytes = std::uintmax_t{256} * 1024 * 1024;

int run_import(const std::string &file, Output &out) {
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  if (error) {
    throw Error(fmt::format("{}: {}", file, error.message()));
  }
  if (size > k_max_import_bytes) {
    throw Error(fmt::format("{}: too large to be a history export ({} bytes)", file, size));
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) {
    throw Error(fmt::format("{}: cannot be read", file));
  }
  auto store = history::Store::open_for_writing(history::default_history_path());
  const auto result =
      history::import_history(store, text.str(), file, std::chrono::system_clock::now());
  if (!result.problems.empty()) {
    for (const auto &problem : result.problems) {
      out.print_to_stderr(Text::format("{}:{}: error: {}\n", Untrusted(file), problem.line,
                                       Untrusted(problem.reason)));
    }
    throw Error(
        fmt::format("nothing imported: {} of the lines cannot be read", result.problems.size()));
  }
  out.print(Text::format("Imported {} {}; {} already in the history.\n", result.added,
                         result.added == 1 ? "session" : "sessions", result.already_there));
  return exit_code::k_ok;
}

} // namespace

void add_history_command(CLI::App &app, Action &action) {
  auto *history = app.add_subcommand("history", "move the diary: export and import it");
  history->require_subcommand(1);
  auto *exporting = history->add_subcommand(
      "export", "every session with every field, as JSON Lines, oldest first");
  exporting->callback([&action] { action = [](Output &out) { return run_export(out); }; });

  auto file = std::make_shared<std::string>();
  auto *importing = history->add_subcommand(
      "import", "add the sessions of an export (twice adds nothing; a bad line, nothing at all)");
  importing->add_option("file", *file, "a file made by 'knead history export'")
      ->required()
      ->type_name("FILE");
  importing->callback(
      [&action, file] { action = [file](Output &out) { return run_import(*file, out); }; });
}

} // namespace knead::cli
