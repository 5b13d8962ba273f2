#include "routine/table_reader.hpp"

#include "routine/diagnostic.hpp"
#include "routine/duration.hpp"
#include "routine/source_range.hpp"
#include "routine/suggest.hpp"
#include "routine/text_position.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace knead::routine {
namespace {

std::string_view type_name(const toml::node &node) {
  switch (node.type()) {
  case toml::node_type::string:
    return "a string";
  case toml::node_type::integer:
    return "an integer";
  case toml::node_type::floating_point:
    return "a number with a fraction";
  case toml::node_type::boolean:
    return "a boolean";
  case toml::node_type::table:
    return "a table";
  case toml::node_type::array:
    return "an array";
  case toml::node_type::date:
    return "a date";
  case toml::node_type::time:
    return "a time";
  case toml::node_type::date_time:
    return "a date-time";
  case toml::node_type::none:
    break;
  }
  return "nothing";
}

} // namespace

void DiagnosticSink::add(Severity severity, SourcePosition at, std::string message,
                         std::string hint) {
  diagnostics.push_back({.file = file,
                         .line = at.line,
                         .column = at.column,
                         .severity = severity,
                         .message = std::move(message),
                         .hint = std::move(hint)});
}

bool DiagnosticSink::is_unusable(SourcePosition at) const {
  return std::any_of(unusable.begin(), unusable.end(), [&](SourcePosition bad) {
    return bad.line == at.line && bad.column == at.column;
  });
}

bool DiagnosticSink::is_explained(SourcePosition table, std::string_view key) const {
  return std::any_of(explained.begin(), explained.end(), [&](const auto &entry) {
    return entry.first.line == table.line && entry.first.column == table.column &&
           entry.second == key;
  });
}

void DiagnosticSink::sort_at_end_of(SourcePosition header) {
  if (!diagnostics.empty()) {
    if (!lines) {
      lines = std::make_shared<const TomlLines>(text);
    }
    diagnostics.back().order_line = lines->section_end(header.line);
    diagnostics.back().order_column = std::numeric_limits<int>::max();
  }
}

SourcePosition position_of(const toml::source_region &region) {
  return {static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

void TableReader::check_keys(std::span<const std::string_view> known) {
  for (auto &&[key, node] : m_table) {
    if (std::find(known.begin(), known.end(), key.str()) != known.end()) {
      continue;
    }
    const auto at = position_of(key.source());
    const auto match = closest_match(key.str(), known);
    if (!match.empty()) {
      m_sink.explain_missing(position_of(m_table.source()), match);
    }
    // A table header ([[steps]], [stpe]): the whole header is what is wrong. (The line
    // is looked up only then: a file of many unknown keys must stay linear.)
    const bool maybe_header = !match.empty() && (node.is_table() || node.is_array_of_tables());
    const auto line = maybe_header ? source_line(m_sink.text, at.line) : std::string_view();
    const auto bracket = byte_of_column(line, at.column);
    if (maybe_header && bracket > 0 && bracket <= line.size() && line[bracket - 1] == '[') {
      const bool array = bracket > 1 && line[bracket - 2] == '[';
      const auto written = fmt::format("{}{}{}", array ? "[[" : "[", key.str(), array ? "]]" : "]");
      const bool wants_array = match == "step" || match == "question";
      const auto fixed =
          fmt::format("{}{}{}", wants_array ? "[[" : "[", match, wants_array ? "]]" : "]");
      m_sink.error({at.line, at.column - (array ? 2 : 1)}, fmt::format("unknown table {}", written),
                   fmt::format("did you mean {}?", fixed));
      m_sink.set_fixit(fixed);
      continue;
    }
    m_sink.error(at, fmt::format("unknown key \"{}\"", shown_name(key.str())),
                 did_you_mean(key.str(), known, "the keys here are " + join_words(known)));
    m_sink.set_fixit(match);
  }
}

const toml::node *TableReader::find(std::string_view key) {
  const toml::node *node = m_table.get(key);
  if (node != nullptr) {
    m_positions[std::string(key)] = position_of(node->source());
  }
  return node;
}

void TableReader::wrong_type(std::string_view key, const toml::node &node,
                             std::string_view expected, std::string hint) {
  m_sink.mark_unusable(position_of(node.source()));
  m_sink.error(position_of(node.source()),
               fmt::format("\"{}\" must be {}, not {}", key, expected, type_name(node)),
               std::move(hint));
}

bool TableReader::check_safe(std::string_view key, const toml::node &node,
                             const std::string &value) {
  const auto unsafe = find_unsafe_text(value);
  if (!unsafe) {
    return true;
  }
  m_sink.mark_unusable(position_of(node.source()));
  m_sink.error(string_char_position(m_sink.text, position_of(node.source()), unsafe->offset),
               fmt::format("\"{}\" contains {}", key, describe(*unsafe)), m_unsafe_hint);
  return false;
}

std::optional<std::string> TableReader::text(std::string_view key) {
  const auto *node = find(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  const auto *value = node->as_string();
  if (value == nullptr) {
    wrong_type(key, *node, "a string", fmt::format("put the text in quotes: {} = \"…\"", key));
    return std::nullopt;
  }
  if (!check_safe(key, *node, value->get())) {
    return std::nullopt;
  }
  return value->get();
}

std::string TableReader::written(std::string_view key) const {
  const auto *value = m_table.get_as<std::string>(key);
  return value == nullptr ? std::string() : value->get();
}

std::optional<std::chrono::seconds> TableReader::duration(std::string_view key) {
  const auto *node = find(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  const auto *value = node->as_string();
  if (value == nullptr) {
    number_for_duration(key, *node);
    return std::nullopt;
  }
  if (!check_safe(key, *node, value->get())) {
    return std::nullopt;
  }
  std::string why;
  auto parsed = parse_duration(value->get(), &why);
  if (!parsed) {
    const auto suggested = suggest_duration(value->get());
    m_sink.error(position_of(node->source()),
                 fmt::format("malformed duration \"{}\" for \"{}\": {}", value->get(), key, why),
                 suggested.empty()
                     ? std::string("write durations such as \"90s\", \"2m\", \"1m30s\" or \"1h\"")
                     : fmt::format("did you mean \"{}\"?", suggested));
    if (!suggested.empty()) {
      m_sink.set_fixit(fmt::format("\"{}\"", suggested));
    }
  }
  return parsed;
}

// A duration written as a number: `hold = 900` is most likely seconds, "15m"; a small
// number could be minutes as well.
void TableReader::number_for_duration(std::string_view key, const toml::node &node) {
  const auto *number = node.as_integer();
  std::string hint = fmt::format(
      "write durations as text with a unit, such as {} = \"2m\" or {} = \"90s\"", key, key);
  std::string fixit;
  if (number != nullptr && number->get() >= 60 && number->get() <= 1'000'000) {
    fixit = format_duration(std::chrono::seconds(number->get()));
    hint = fmt::format("write durations in quotes with a unit: {} seconds is {} = \"{}\"",
                       number->get(), key, fixit);
  } else if (number != nullptr && number->get() > 0 && number->get() < 60) {
    hint = fmt::format("write durations in quotes with a unit: {} = \"{}m\" or {} = \"{}s\"", key,
                       number->get(), key, number->get());
  }
  wrong_type(key, node, "a duration in quotes", std::move(hint));
  if (!fixit.empty()) {
    m_sink.set_fixit(fmt::format("\"{}\"", fixit));
  }
}

std::optional<std::int64_t> TableReader::integer(std::string_view key) {
  const auto *node = find(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  const auto *value = node->as_integer();
  if (value == nullptr) {
    wrong_type(key, *node, "a whole number",
               fmt::format("write the number without quotes: {} = 5", key));
    return std::nullopt;
  }
  return value->get();
}

std::optional<bool> TableReader::boolean(std::string_view key) {
  const auto *node = find(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  const auto *value = node->as_boolean();
  if (value == nullptr) {
    wrong_type(key, *node, "true or false",
               fmt::format("write {} = true or {} = false, without quotes", key, key));
    return std::nullopt;
  }
  return value->get();
}

std::optional<std::vector<std::string>> TableReader::text_list(std::string_view key,
                                                               std::vector<SourcePosition> *at) {
  const auto *node = find(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  const auto *array = node->as_array();
  if (array == nullptr) {
    wrong_type(key, *node, "an array of strings",
               fmt::format("write a list in brackets: {} = [\"…\", \"…\"]", key));
    return std::nullopt;
  }
  return strings_of(key, *array, at);
}

const toml::table *TableReader::table(std::string_view key, std::string hint) {
  const auto *node = find(key);
  if (node == nullptr) {
    return nullptr;
  }
  const auto *value = node->as_table();
  if (value == nullptr) {
    wrong_type(key, *node, "a table", std::move(hint));
  }
  return value;
}

std::optional<std::vector<std::string>> TableReader::text_or_list(std::string_view key,
                                                                  std::vector<SourcePosition> &at) {
  const auto *node = find(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (const auto *array = node->as_array(); array != nullptr) {
    return strings_of(key, *array, &at);
  }
  const auto *value = node->as_string();
  if (value == nullptr) {
    wrong_type(key, *node, "a string or an array of strings",
               fmt::format("write {} = \"…\", or a list such as {} = [\"…\", \"…\"]", key, key));
    return std::nullopt;
  }
  if (!check_safe(key, *node, value->get())) {
    return std::nullopt;
  }
  at = {position_of(node->source())};
  return std::vector<std::string>{value->get()};
}

std::optional<std::vector<std::string>> TableReader::strings_of(std::string_view key,
                                                                const toml::array &array,
                                                                std::vector<SourcePosition> *at) {
  std::vector<std::string> values;
  bool usable = true;
  for (const auto &element : array) {
    const auto *value = element.as_string();
    if (value == nullptr) {
      m_sink.error(position_of(element.source()),
                   fmt::format("\"{}\" must hold only strings, not {}", key, type_name(element)),
                   "put each entry in quotes");
      usable = false;
    } else if (check_safe(key, element, value->get())) {
      values.push_back(value->get());
      if (at != nullptr) {
        at->push_back(position_of(element.source()));
      }
    } else {
      usable = false;
    }
  }
  if (!usable) {
    // Reported entry by entry; later checks must not call the list missing or empty.
    m_sink.mark_unusable(position_of(array.source()));
    if (at != nullptr) {
      at->clear();
    }
    return std::nullopt;
  }
  return values;
}

} // namespace knead::routine
