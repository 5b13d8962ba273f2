#include "routine/diagnostic.hpp"

#include "util/sanitize.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace knead::routine {

const char *to_string(Severity severity) {
  return severity == Severity::warning ? "warning" : "error";
}

std::string format_diagnostic(const Diagnostic &diagnostic) {
  std::string out = sanitize_for_terminal(diagnostic.file);
  if (diagnostic.line > 0) {
    out += fmt::format(":{}:{}", diagnostic.line, diagnostic.column);
  }
  out += fmt::format(": {}: {}\n", to_string(diagnostic.severity),
                     sanitize_for_terminal(diagnostic.message));
  if (!diagnostic.hint.empty()) {
    out += fmt::format("  hint: {}\n", sanitize_for_terminal(diagnostic.hint));
  }
  return out;
}

std::string format_diagnostics(const std::vector<Diagnostic> &diagnostics) {
  std::string out;
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
