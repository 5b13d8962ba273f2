#include "routine/toml_parse.hpp"

#include "routine/nesting.hpp"
#include "routine/source_range.hpp"
#include "routine/syntax_words.hpp"
#include "routine/text_position.hpp"

#include <fmt/format.h>

namespace knead::routine {
namespace {

// A file with more keys written twice than this is not worth going on with.
constexpr int k_max_duplicates = 20;

// toml++'s description with the characters it quotes raw (a line break in "saw
// 'tru\n'") written as escapes, so none reaches the terminal as a replacement sign.
std::string escape_controls(std::string_view description) {
  std::string out;
  for (std::size_t i = 0; i < description.size(); ++i) {
    const auto c = static_cast<unsigned char>(description[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\u{:04X}", c);
    } else if (description.substr(i, 3) == "\u2028" || description.substr(i, 3) == "\u2029") {
      out += description.substr(i, 3) == "\u2028" ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// toml++ words its errors "Error while parsing table header: expected ']'"; ours
// start in lower case and say it is the syntax.
std::string toml_words(std::string_view description) {
  auto message = escape_controls(description);
  constexpr std::string_view k_prefix = "Error while parsing ";
  if (message.starts_with(k_prefix)) {
    message = "syntax error in " + message.substr(k_prefix.size());
  }
  return message;
}

// True when `text` has anything but blanks and comments after line `line`.
bool more_after(std::string_view text, int line) {
  std::size_t start = 0;
  for (int i = 0; i < line; ++i) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) {
      return false;
    }
    ++start;
  }
  while (start < text.size()) {
    auto end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    const auto source = text.substr(start, end - start);
    const auto first = source.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && source[first] != '#') {
      return true;
    }
    start = end + 1;
  }
  return false;
}

// `text` with line `line` blanked (its line break kept), so positions elsewhere stay.
void blank_line(std::string &text, int line) {
  std::size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = text.find('\n', start) + 1;
  }
  for (auto i = start; i < text.size() && text[i] != '\n' && text[i] != '\r'; ++i) {
    text[i] = ' ';
  }
}

} // namespace

std::optional<toml::table> parse_toml(std::string_view text, DiagnosticSink &sink) {
  std::string repaired;
  std::string_view current = text;
  for (int duplicates = 0;; ++duplicates) {
    try {
      return toml::parse(current, std::string_view(sink.file));
    } catch (const toml::parse_error &e) {
      const auto at = position_of(e.source());
      Diagnostic diagnostic{.file = sink.file, .line = at.line, .column = at.column};
      auto mistake = recognise_syntax_mistake(current, at.line, at.column, e.description());
      if (mistake) {
        diagnostic.column = mistake->column;
        diagnostic.end_column = mistake->end_column;
        diagnostic.message = std::move(mistake->message);
        diagnostic.hint = std::move(mistake->hint);
        diagnostic.fixit = std::move(mistake->fixit);
      } else {
        diagnostic.message = toml_words(e.description());
      }
      const bool go_on = mistake && mistake->can_go_on && duplicates < k_max_duplicates;
      if (!go_on && more_after(current, at.line)) {
        diagnostic.note = "checking stopped at this mistake: later problems may be hidden";
      }
      sink.diagnostics.push_back(std::move(diagnostic));
      if (!go_on) {
        return std::nullopt;
      }
      if (repaired.empty()) {
        repaired = std::string(text);
      }
      blank_line(repaired, at.line);
      current = repaired;
    }
  }
}

bool check_nesting(std::string_view text, DiagnosticSink &sink, std::string hint) {
  const auto deep = find_deep_nesting(text);
  if (!deep) {
    return true;
  }
  sink.error(position_at(text, *deep),
             fmt::format("the file nests tables or lists more than {} levels deep", k_max_nesting),
             std::move(hint));
  return false;
}

} // namespace knead::routine
