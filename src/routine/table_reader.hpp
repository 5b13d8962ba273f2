#pragma once

#include "routine/diagnostic.hpp"
#include "routine/model.hpp"
#include "routine/toml.hpp"
#include "routine/toml_lines.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace knead::routine {

// Where a parsed routine's diagnostics go, shared by every table reader of one file.
struct DiagnosticSink {
  std::string_view text; // the file's source, to place characters inside strings
  std::string file;
  std::vector<Diagnostic> diagnostics;

  void add(Severity severity, SourcePosition at, std::string message, std::string hint = {});
  void error(SourcePosition at, std::string message, std::string hint = {}) {
    add(Severity::error, at, std::move(message), std::move(hint));
  }
  void warning(SourcePosition at, std::string message, std::string hint = {}) {
    add(Severity::warning, at, std::move(message), std::move(hint));
  }
  // Gives the last diagnostic added a fix-it: the text to put in place of its range.
  void set_fixit(std::string fixit) {
    if (!diagnostics.empty()) {
      diagnostics.back().fixit = std::move(fixit);
    }
  }
  // Marks the value starting at `at` as unusable (wrong type, unsafe text), so that
  // later checks do not report it a second time as missing or empty.
  void mark_unusable(SourcePosition at) { unusable.push_back(at); }
  [[nodiscard]] bool is_unusable(SourcePosition at) const;

  // Records that the unknown key reported in the table at `table` was most likely
  // `key` misspelt, so that `key` is not reported missing as well: one mistake, one
  // error.
  void explain_missing(SourcePosition table, std::string key) {
    explained.emplace_back(table, std::move(key));
  }
  [[nodiscard]] bool is_explained(SourcePosition table, std::string_view key) const;
  // Sorts the last diagnostic added at the end of the table whose header is at
  // `header` (routine/toml_lines.hpp), after the mistakes written inside it.
  void sort_at_end_of(SourcePosition header);

  std::vector<SourcePosition> unusable;
  std::vector<std::pair<SourcePosition, std::string>> explained;
  // Where the text's tables end, found on first use.
  std::shared_ptr<const TomlLines> lines;
};

SourcePosition position_of(const toml::source_region &region);

// Reads typed values from one TOML table, reporting wrong types, unknown keys and
// unsafe text to the sink, and recording each value's position in `positions`. Each
// getter returns nothing when the key is absent or its value is unusable.
class TableReader {
public:
  TableReader(const toml::table &table, DiagnosticSink &sink, KeyPositions &positions)
      : m_table(table), m_sink(sink), m_positions(positions) {}

  // What the hint of a control character or escape sequence in a string says; by
  // default that routine text is shown on the terminal.
  void set_unsafe_text_hint(std::string hint) { m_unsafe_hint = std::move(hint); }

  // Reports every key not in `known`, with a did-you-mean hint.
  void check_keys(std::span<const std::string_view> known);

  std::optional<std::string> text(std::string_view key);
  // The string under `key` as written, unchecked; empty when it is not a string.
  [[nodiscard]] std::string written(std::string_view key) const;
  std::optional<std::chrono::seconds> duration(std::string_view key);
  std::optional<std::int64_t> integer(std::string_view key);
  std::optional<bool> boolean(std::string_view key);
  // `at`, when given, receives each entry's position.
  std::optional<std::vector<std::string>> text_list(std::string_view key,
                                                    std::vector<SourcePosition> *at = nullptr);
  // A table under `key` (`[step.alternative]`, or written inline); `hint` says how to
  // write one when the value is something else.
  const toml::table *table(std::string_view key, std::string hint);
  // A string or an array of strings, as a list: `region = "hips"` is ["hips"].
  std::optional<std::vector<std::string>> text_or_list(std::string_view key,
                                                       std::vector<SourcePosition> &at);

private:
  const toml::node *find(std::string_view key);
  void wrong_type(std::string_view key, const toml::node &node, std::string_view expected,
                  std::string hint);
  void number_for_duration(std::string_view key, const toml::node &node);
  // Reports control characters and the like in a string value, pointing at the character.
  bool check_safe(std::string_view key, const toml::node &node, const std::string &value);
  // The strings of `array`, each checked; nothing when any entry is unusable.
  std::optional<std::vector<std::string>> strings_of(std::string_view key, const toml::array &array,
                                                     std::vector<SourcePosition> *at);

  const toml::table &m_table;
  DiagnosticSink &m_sink;
  KeyPositions &m_positions;
  std::string m_unsafe_hint =
      "routine text is shown on the terminal: write it as plain text without control "
      "characters, escape sequences or direction overrides";
};

} // namespace knead::routine
