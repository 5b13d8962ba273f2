#pragma once

#include "history/record.hpp"
#include "history/store.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace knead::history {

// `knead history export`: one JSON object a line for each session, oldest first,
// with every field of its row, its steps and its answers (docs/history.md). The
// `outcome` is the stored word, so a session read as abandoned goes out as running.
std::string export_line(const SessionRecord &session, const std::vector<StepRecord> &steps,
                        const Answers &answers);
// Every session of `store` through `write`, a line at a time.
void export_history(Store &store, const std::function<void(const std::string &)> &write);

// A session read back from an export line, ready to be inserted.
struct ImportedSession {
  SessionRecord session; // `stored_outcome` is the word to store
  std::vector<StepRecord> steps;
  Answers answers;
};

// A line that cannot be imported: its number (1-based) and why.
struct ImportProblem {
  int line = 0;
  std::string reason;
};

struct ImportResult {
  int added = 0;
  int already_there = 0;
  std::vector<ImportProblem> problems; // when any, nothing was imported
};

// `knead history import FILE`: reads every line of `text` first and imports only
// when all of them are good, in one transaction; a session already in the history
// (the same routine, start and process) is left as it is, so importing twice adds
// nothing. Kept ids are reused when free. `source` names the file in the audit.
ImportResult import_history(Store &store, const std::string &text, const std::string &source,
                            TimePoint now);

} // namespace knead::history
