// `knead log edit ID` and `knead log delete ID`: corrections to the diary, each kept
// in the history's audit table.
#include "cli/checks.hpp"
#include "cli/command.hpp"
#include "cli/history_files.hpp"
#include "history/export.hpp"
#include "history/log_format.hpp"
#include "ui/prompt.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>

namespace knead::cli {
namespace {

struct EditOptions {
  std::string id;
  int pain_before = -1;
  int pain_after = -1;
};

struct DeleteOptions {
  std::string id;
  bool yes = false;
};

std::int64_t session_id(const std::string &text) {
  const auto id = parse_session_id(text);
  if (!id) {
    throw UsageError(fmt::format("\"{}\" is not a session id; 'knead log' shows them (#12)", text));
  }
  return *id;
}

std::optional<int> given(int value) {
  return value >= 0 ? std::optional<int>(value) : std::nullopt;
}

int run_edit(const EditOptions &options, Output &out) {
  const auto id = session_id(options.id);
  if (options.pain_before < 0 && options.pain_after < 0) {
    throw UsageError("log edit: give --pain-before N, --pain-after N or both");
  }
  auto store = open_history_to_change();
  if (!store.edit_pain(id, given(options.pain_before), given(options.pain_after),
                       std::chrono::system_clock::now())) {
    throw_no_session(id);
  }
  out.print(Text::format("Session #{} changed; the audit keeps what it was.\n", id));
  return exit_code::k_ok;
}

int run_delete(const DeleteOptions &options, Output &out) {
  const auto id = session_id(options.id);
  auto store = open_history_to_change();
  history::SessionFilter filter;
  filter.id = id;
  const auto found = store.sessions(filter);
  if (found.empty()) {
    throw_no_session(id);
  }
  const auto &session = found.front();
  const Text what = Text::format("session #{} ({}, {}, {})", id, Untrusted(session.routine_id),
                                 Text::trusted(history::format_local(session.started_at)),
                                 to_string(session.outcome));
  if (!options.yes) {
    if (isatty(STDIN_FILENO) != 1) {
      throw UsageError(
          fmt::format("not deleted: {}; give --yes to delete without asking", what.utf8()));
    }
    ui::LineAsker asker(std::cin, out.human_stream());
    const auto reply = asker.ask_yes_no({Text::format("Delete {}?", what), Text(), false});
    if (reply != Reply::yes) {
      out.print("Nothing deleted.\n");
      return exit_code::k_ok;
    }
  }
  const auto snapshot = history::export_line(session, store.steps(id), store.answers(id));
  store.delete_session(id, snapshot, std::chrono::system_clock::now());
  out.print(Text::format("Deleted {}; the audit keeps a copy.\n", what));
  return exit_code::k_ok;
}

} // namespace

void add_log_change_commands(CLI::App &log, Action &action) {
  auto edit_options = std::make_shared<EditOptions>();
  auto *edit = log.add_subcommand("edit", "correct a session's pain ratings (kept in the audit)");
  edit->add_option("id", edit_options->id, "the session, as 'knead log' shows it")
      ->required()
      ->type_name("ID");
  edit->add_option("--pain-before", edit_options->pain_before, "the pain before, 0 to 10")
      ->type_name("N")
      ->transform(whole_number("--pain-before", 0, 10));
  edit->add_option("--pain-after", edit_options->pain_after, "the pain after, 0 to 10")
      ->type_name("N")
      ->transform(whole_number("--pain-after", 0, 10));
  edit->callback([&action, edit_options] {
    action = [edit_options](Output &out) { return run_edit(*edit_options, out); };
  });

  auto delete_options = std::make_shared<DeleteOptions>();
  auto *remove =
      log.add_subcommand("delete", "delete a session (asks first; the audit keeps a copy)");
  remove->add_option("id", delete_options->id, "the session, as 'knead log' shows it")
      ->required()
      ->type_name("ID");
  remove->add_flag("--yes", delete_options->yes, "do not ask (for scripts)");
  remove->callback([&action, delete_options] {
    action = [delete_options](Output &out) { return run_delete(*delete_options, out); };
  });
}

} // namespace knead::cli
