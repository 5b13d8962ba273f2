#pragma once

#include "routine/diagnostic.hpp"
#include "util/styled.hpp"
#include "util/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace knead::routine {

// A diagnostic as clang and rustc print one: "file:line:col: error: message", the
// source line with a caret and an underline of the range, the fix-it text under
// them, then "  hint: …" and "  note: …". `source` is the text the positions refer
// to (empty when there is none: the file could not be read); `charset` is the
// terminal's, so the caret stands under the right character where "…" becomes "...".
StyledText render_diagnostic(const Diagnostic &diagnostic, std::string_view source,
                             Charset charset);

// Every diagnostic rendered, then the count: "2 errors, 1 warning in r.toml".
// Nothing when there are none.
StyledText render_diagnostics(const std::vector<Diagnostic> &diagnostics, std::string_view source,
                              std::string_view file, Charset charset);

// "2 errors, 1 warning": the count of errors and warnings, those that are there.
std::string count_words(const std::vector<Diagnostic> &diagnostics);

// One diagnostic as a JSON object (`knead check --format json`): file, severity,
// message, hint, fixit, note (null when empty) and range {start, end}, each
// {line, column}, 1-based, the end one past the last character; the range is null
// when the problem has no position.
std::string diagnostic_json(const Diagnostic &diagnostic);

} // namespace knead::routine
