#include "routine/loader.hpp"

#include "routine/duration.hpp"
#include "routine/question_reader.hpp"
#include "routine/source_range.hpp"
#include "routine/step_reader.hpp"
#include "routine/table_reader.hpp"
#include "routine/text_position.hpp"
#include "routine/toml_parse.hpp"
#include "routine/validator.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>

namespace knead::routine {
namespace {

constexpr std::array<std::string_view, 6> k_top_keys = {"title", "summary", "source",
                                                        "ready", "step",    "question"};

// The routine's `ready`: the get-ready of every pressing step that sets none.
std::optional<std::chrono::seconds> read_ready(TableReader &reader, DiagnosticSink &sink,
                                               const KeyPositions &positions) {
  auto value = reader.duration("ready");
  if (value && *value > k_max_ready) {
    sink.error(position_of(positions, "ready", {1, 1}),
               fmt::format("\"ready\" is too long: {} is more than {}", format_duration(*value),
                           format_duration(k_max_ready)),
               fmt::format("a ready lasts from 0s to {}", format_duration(k_max_ready)));
    return std::nullopt;
  }
  return value;
}

// Refuses text that is not a routine file at all, before the TOML parser sees it:
// too large, empty, binary, not UTF-8, or nested deeper than the parser can safely go.
// Returns false when parsing should not start.
bool check_plain_text(std::string_view text, DiagnosticSink &sink) {
  if (text.size() > k_max_routine_bytes) {
    sink.error({}, fmt::format("the file is too large ({} bytes; the limit is 1 MiB)", text.size()),
               "a routine file is a page of text: is this the right file?");
    return false;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    sink.error({}, "the file is empty",
               "a routine needs a title and at least one [[step]]; 'knead new NAME' writes a "
               "commented example");
    return false;
  }
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    sink.error(position_at(text, nul), "this is not a routine file: it contains binary data",
               "routine files are TOML text");
    return false;
  }
  if (const auto unsafe = find_unsafe_text(text);
      unsafe && unsafe->kind == UnsafeKind::invalid_utf8) {
    sink.error(position_at(text, unsafe->offset),
               fmt::format("the file contains {}", describe(*unsafe)),
               "save the file as UTF-8 text");
    return false;
  }
  return check_nesting(text, sink,
                       "a routine is [[step]] tables of keys, with short lists at most");
}

void check_question_ids(const Routine &routine, DiagnosticSink &sink) {
  for (std::size_t i = 0; i < routine.questions.size(); ++i) {
    const auto &question = routine.questions[i];
    for (std::size_t j = 0; j < i; ++j) {
      if (!question.id.empty() && routine.questions[j].id == question.id) {
        sink.error(position_of(question.positions, "id", question.position),
                   fmt::format("duplicate question id \"{}\"", question.id),
                   fmt::format("the first is on line {}; give each question its own id",
                               routine.questions[j].position.line));
      }
    }
  }
}

// Reads `key` as an array of tables ([[step]]), each through `read`.
template <typename Item, typename Read>
void read_tables(const toml::table &root, std::string_view key, DiagnosticSink &sink,
                 std::vector<Item> &items, Read read) {
  const auto *node = root.get(key);
  if (node == nullptr) {
    return;
  }
  const auto *array = node->as_array();
  const bool tables = array != nullptr && array->is_array_of_tables();
  if (!tables) {
    // Reported here, so not as "no steps" too.
    sink.explain_missing(position_of(root.source()), std::string(key));
    if (node->is_table()) {
      sink.error(
          position_of(node->source()),
          fmt::format("[{}] has one pair of brackets: each {} starts with [[{}]]", key, key, key),
          fmt::format("write [[{}]], with two brackets on each side", key));
      sink.set_fixit(fmt::format("[[{}]]", key));
      return;
    }
    sink.error(position_of(node->source()),
               fmt::format("\"{}\" must be a list of [[{}]] tables", key, key),
               fmt::format("write each one under its own [[{}]] header, with two brackets", key));
    return;
  }
  for (const auto &element : *array) {
    items.push_back(read(*element.as_table(), sink));
  }
}

Routine read_routine(const toml::table &root, DiagnosticSink &sink) {
  Routine routine;
  TableReader reader(root, sink, routine.positions);
  reader.check_keys(k_top_keys);
  routine.title = reader.text("title").value_or("");
  routine.summary = reader.text("summary").value_or("");
  routine.source = reader.text("source").value_or("");
  routine.ready = read_ready(reader, sink, routine.positions);
  read_tables(root, "step", sink, routine.steps, read_step);
  for (auto &step : routine.steps) {
    for (auto *each : {&step, step.alternative.empty() ? &step : &step.alternative.front()}) {
      if (!each->ready) {
        each->ready = routine.ready;
      }
    }
  }
  read_tables(root, "question", sink, routine.questions, read_question);
  return routine;
}

// Where a diagnostic sorts: its own position, or the one it asks to sort at.
std::tuple<int, int> sort_key(const Diagnostic &diagnostic) {
  if (diagnostic.order_line > 0) {
    return {diagnostic.order_line, diagnostic.order_column};
  }
  return {diagnostic.line, diagnostic.column};
}

// Gives each diagnostic with a position the range of the token there, unless its
// finder set one.
void measure_ranges(std::string_view text, std::vector<Diagnostic> &diagnostics) {
  // Each line's start, found once: looking each line up from the top would make a
  // file of many problems quadratic.
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts.push_back(i + 1);
    }
  }
  for (auto &diagnostic : diagnostics) {
    if (diagnostic.line > 0 && diagnostic.end_column == 0) {
      const auto index = static_cast<std::size_t>(diagnostic.line) - 1;
      const auto from = index < starts.size() ? starts[index] : text.size();
      diagnostic.end_column =
          token_end_column(source_line(text.substr(from), 1), diagnostic.column);
    }
  }
}

} // namespace

LoadResult parse_routine(std::string_view text, std::string_view source_name, std::string_view id) {
  DiagnosticSink sink{text, std::string(source_name), {}, {}, {}, {}};
  LoadResult result;
  result.text = std::string(text);
  if (!check_plain_text(text, sink)) {
    measure_ranges(text, sink.diagnostics);
    result.diagnostics = std::move(sink.diagnostics);
    return result;
  }
  const auto root = parse_toml(text, sink);
  if (!root) {
    measure_ranges(text, sink.diagnostics);
    result.diagnostics = std::move(sink.diagnostics);
    return result;
  }
  Routine routine = read_routine(*root, sink);
  validate_routine(routine, sink);
  check_question_ids(routine, sink);

  // Report in file order, as a compiler does; the sort is stable for equal positions.
  std::stable_sort(
      sink.diagnostics.begin(), sink.diagnostics.end(),
      [](const Diagnostic &a, const Diagnostic &b) { return sort_key(a) < sort_key(b); });
  measure_ranges(text, sink.diagnostics);
  result.diagnostics = std::move(sink.diagnostics);
  if (!has_errors(result.diagnostics)) {
    routine.id = std::string(id);
    routine.content = std::string(text);
    result.routine = std::move(routine);
  }
  return result;
}

} // namespace knead::routine
