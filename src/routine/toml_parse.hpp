#pragma once

#include "routine/table_reader.hpp"
#include "routine/toml.hpp"

#include <optional>
#include <string_view>

namespace knead::routine {

// Parses `text` as TOML, for routine files and the configuration alike. A syntax error
// goes to `sink` in plain words where it is a common mistake (routine/syntax_words.hpp),
// else in toml++'s words after "syntax error in". A key written twice is reported and
// parsing goes on without the second, to find the file's other problems; any other
// syntax error ends parsing, with a note that later problems may be hidden. Returns
// nothing when parsing could not finish.
std::optional<toml::table> parse_toml(std::string_view text, DiagnosticSink &sink);

// Reports nesting deeper than k_max_nesting (routine/nesting.hpp) with `hint`, before
// the parser sees it; returns false when it does.
bool check_nesting(std::string_view text, DiagnosticSink &sink, std::string hint);

} // namespace knead::routine
