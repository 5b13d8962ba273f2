#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace knead::history {

// `text` as a JSON string literal. It is sanitised first (sanitize_for_terminal):
// text read back from the history may have been written by hand and must not
// carry escape sequences to whoever prints the JSON.
std::string json_string(std::string_view text);
// A rating, or null.
std::string json_int(std::optional<int> value);
// A number with one decimal ("23.5"), or null.
std::string json_decimal(std::optional<double> value);

} // namespace knead::history
