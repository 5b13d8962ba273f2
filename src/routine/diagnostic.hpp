#pragma once

#include "util/text.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace knead::routine {

enum class Severity { error, warning };

// One problem found in a routine file: where, what, and (when a fix is likely) how
// to fix it. `line` and `column` are 1-based; 0 means the problem has no position
// (a file that cannot be opened).
struct Diagnostic {
  std::string file{};
  int line = 0;
  int column = 0;
  Severity severity = Severity::error;
  std::string message{};
  std::string hint{};
  // One past the last column of what is wrong, on `line`: the range a caret and an
  // underline mark. 0 until the loader measures the token at the position.
  int end_column = 0;
  // The text that would fix it, written in place of the range, when the fix is that
  // certain (an editor may apply it): "hold" for the key "hodl".
  std::string fixit{};
  // A last line of its own, such as that checking stopped here.
  std::string note{};
  // Where it sorts among the file's problems when not at its own position: a step's
  // missing key, reported at its header, comes after the mistakes inside the step.
  int order_line = 0;
  int order_column = 0;
};

const char *to_string(Severity severity);

// "file:line:col: error: message\n  hint: …\n", with the position left out when it is
// 0 and the hint line only when there is one. Every part is untrusted: file names
// and messages quote the file's text.
Text format_diagnostic(const Diagnostic &diagnostic);

// Every diagnostic formatted, one after another.
Text format_diagnostics(const std::vector<Diagnostic> &diagnostics);

// True when at least one diagnostic is an error (warnings do not fail a check).
bool has_errors(const std::vector<Diagnostic> &diagnostics);

// A key or table name as a message quotes it: at most k_shown_name_columns columns,
// cut with "..." beyond (a file's 600-character key must not make a 650-character
// line; its source line below shows it all, cut to the terminal).
inline constexpr std::size_t k_shown_name_columns = 40;
std::string shown_name(std::string_view name);

} // namespace knead::routine
