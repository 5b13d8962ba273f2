#include "routine/diagnostic.hpp"

#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::routine {

std::string shown_name(std::string_view name) {
  return utf8::truncate(name, k_shown_name_columns, utf8::Ellipsis::ascii);
}

const char *to_string(Severity severity) {
  return severity == Severity::warning ? "warning" : "error";
}

// The message and the hint quote the file's own text, so they are untrusted whole.
Text format_diagnostic(const Diagnostic &diagnostic) {
  Text out(Untrusted(diagnostic.file));
  if (diagnostic.line > 0) {
    out += Text::format(":{}:{}", diagnostic.line, diagnostic.column);
  }
  out += Text::format(": {}: {}\n", to_string(diagnostic.severity), Untrusted(diagnostic.message));
  if (!diagnostic.hint.empty()) {
    out += Text::format("  hint: {}\n", Untrusted(diagnostic.hint));
  }
  return out;
}

Text format_diagnostics(const std::vector<Diagnostic> &diagnostics) {
  Text out;
  for (const auto &diagnostic : diagnostics) {
    out += format_diagnostic(diagnostic);
  }
  return out;
}

bool has_errors(const std::vector<Diagnostic> &diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &d) { return d.severity == Severity::error; });
}

} // namespace knead::routine
