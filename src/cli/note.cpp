// `knead note [ID] TEXT`: a note on a recorded session, the last one by default.
#include "cli/command.hpp"
#include "cli/history_files.hpp"
#include "history/store.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <chrono>
#include <memory>

namespace knead::cli {
namespace {

struct NoteOptions {
  std::vector<std::string> words;
};

int run_note(const NoteOptions &options, Output &out) {
  auto words = options.words;
  std::optional<std::int64_t> id;
  if (words.size() >= 2) {
    id = parse_session_id(words.front());
    if (id) {
      words.erase(words.begin());
    }
  }
  std::string text;
  for (const auto &word : words) {
    text += (text.empty() ? "" : " ") + word;
  }
  check_note(text);
  auto store = open_history_to_change();
  if (!id) {
    id = store.last_session();
    if (!id) {
      throw Error("no sessions recorded yet: there is nothing to write a note on");
    }
  }
  if (!store.set_note(*id, text, std::chrono::system_clock::now())) {
    throw_no_session(*id);
  }
  out.print(Text::format("Note kept on session #{}.\n", *id));
  return exit_code::k_ok;
}

} // namespace

void add_note_command(CLI::App &app, Action &action) {
  auto options = std::make_shared<NoteOptions>();
  auto *sub = app.add_subcommand(
      "note", "keep a note on a session (the last one unless an ID from 'knead log' is given)");
  sub->add_option("text", options->words, "[ID] then the note (quote it when it is several words)")
      ->required()
      ->type_name("[ID] TEXT");
  sub->callback(
      [&action, options] { action = [options](Output &out) { return run_note(*options, out); }; });
}

} // namespace knead::cli
