#include "routine/diagnostic_view.hpp"

#include "routine/source_range.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::routine {
namespace {

// Lines longer than this are shown as a window around the range, each cut end
// marked "…": a minified or runaway line must not flood the terminal.
constexpr int k_widest_line = 120;
constexpr int k_context_before = 40;

// The columns `text` takes on a terminal of `charset`.
std::size_t columns(std::string_view text, Charset charset) {
  return Text(Untrusted(std::string(text))).in(charset).width();
}

std::string_view cut(std::string_view line, int first_column, int count) {
  const auto from = byte_of_column(line, first_column);
  const auto to = byte_of_column(line, first_column + count);
  return line.substr(from, to - from);
}

Style severity_style(Severity severity) {
  return severity == Severity::warning ? Style::warning : Style::error;
}

// The source line, the caret and underline, and the fix-it under them.
void render_source(StyledText &out, const Diagnostic &diagnostic, std::string_view source,
                   Charset charset) {
  const auto line = source_line(source, diagnostic.line);
  if (line.empty() && diagnostic.column <= 1) {
    return;
  }
  const int length = code_points(line);
  int start = std::max(diagnostic.column, 1);
  int end = std::max(diagnostic.end_column, start + 1);
  // The window shown: the whole line, or a part of a long one around the range.
  int first = 1;
  int shown = length;
  std::string before_mark;
  std::string after_mark;
  if (length > k_widest_line) {
    first = std::max(1, start - k_context_before);
    shown = std::min(k_widest_line, length - first + 1);
    before_mark = first > 1 ? "…" : "";
    after_mark = first + shown <= length ? "…" : "";
    end = std::min(end, first + shown);
  }
  const auto visible = cut(line, first, shown);
  const auto lead = before_mark + std::string(cut(line, first, start - first));
  const auto marked = cut(line, start, end - start);
  const auto pad = std::string(columns(lead, charset), ' ');
  const auto marked_width = std::max<std::size_t>(1, columns(marked, charset));
  const auto gutter = fmt::format("{:>5} | ", diagnostic.line);
  const std::string blank_gutter = "      | ";

  out.add(Style::gutter, Text::trusted(gutter));
  out.add(Text(Untrusted(before_mark + std::string(visible) + after_mark)));
  out.add(Text("\n"));
  out.add(Style::gutter, Text::trusted(blank_gutter));
  out.add(Text::trusted(pad));
  out.add(Style::marker, Text::trusted("^" + std::string(marked_width - 1, '~')));
  out.add(Text("\n"));
  if (!diagnostic.fixit.empty()) {
    out.add(Style::gutter, Text::trusted(blank_gutter));
    out.add(Text::trusted(pad));
    out.add(Style::fixit, Text(Untrusted(diagnostic.fixit)));
    out.add(Text("\n"));
  }
}

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

std::string json_or_null(const std::string &text) {
  return text.empty() ? std::string("null") : json::quote(text);
}

std::string position_json(int line, int column) {
  return json::Object().add("line", line).add("column", column).str();
}

} // namespace

StyledText render_diagnostic(const Diagnostic &diagnostic, std::string_view source,
                             Charset charset) {
  StyledText out;
  Text where(Untrusted(diagnostic.file));
  if (diagnostic.line > 0) {
    where += Text::format(":{}:{}", diagnostic.line, diagnostic.column);
  }
  out.add(Style::emphasis, where + Text(":"));
  out.add(Text(" "));
  out.add(severity_style(diagnostic.severity), Text::format("{}:", to_string(diagnostic.severity)));
  out.add(Style::emphasis, Text::format(" {}", Untrusted(diagnostic.message)));
  out.add(Text("\n"));
  if (diagnostic.line > 0 && !source.empty()) {
    render_source(out, diagnostic, source, charset);
  }
  if (!diagnostic.hint.empty()) {
    out.add(Text("  "));
    out.add(Style::note, Text("hint:"));
    out.add(Text::format(" {}\n", Untrusted(diagnostic.hint)));
  }
  if (!diagnostic.note.empty()) {
    out.add(Text("  "));
    out.add(Style::note, Text("note:"));
    out.add(Text::format(" {}\n", Untrusted(diagnostic.note)));
  }
  return out;
}

std::string count_words(const std::vector<Diagnostic> &diagnostics) {
  const auto warnings = static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [](const Diagnostic &d) { return d.severity == Severity::warning; }));
  const auto errors = diagnostics.size() - warnings;
  if (errors > 0 && warnings > 0) {
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }
  return errors > 0 ? plural(errors, "error") : plural(warnings, "warning");
}

StyledText render_diagnostics(const std::vector<Diagnostic> &diagnostics, std::string_view source,
                              std::string_view file, Charset charset) {
  StyledText out;
  if (diagnostics.empty()) {
    return out;
  }
  for (const auto &diagnostic : diagnostics) {
    out += render_diagnostic(diagnostic, source, charset);
  }
  out.add(Style::emphasis, Text::format("{} in {}\n", Text::trusted(count_words(diagnostics)),
                                        Untrusted(std::string(file))));
  return out;
}

std::string diagnostic_json(const Diagnostic &diagnostic) {
  json::Object object;
  object.add("file", diagnostic.file);
  object.add("severity", to_string(diagnostic.severity));
  object.add("message", diagnostic.message);
  object.add_raw("hint", json_or_null(diagnostic.hint));
  object.add_raw("fixit", json_or_null(diagnostic.fixit));
  object.add_raw("note", json_or_null(diagnostic.note));
  if (diagnostic.line > 0) {
    const int end = std::max(diagnostic.end_column, diagnostic.column + 1);
    object.add_raw("range", json::Object()
                                .add_raw("start", position_json(diagnostic.line, diagnostic.column))
                                .add_raw("end", position_json(diagnostic.line, end))
                                .str());
  } else {
    object.add_null("range");
  }
  return object.str();
}

} // namespace knead::routine
