#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace knead::routine {

// Parses a duration as routine files write it: one or more number-unit pairs with
// units h, m and s, largest first, each unit at most once ("90s", "2m", "1m30s",
// "1h", "1h5m"), a unit after another counting up to 59 ("1h60m" is refused: it is
// "2h"). Returns nothing for anything else, including an empty string,
// signs, spaces, fractions, a bare number and more than 1,000,000 seconds in all;
// `why` says what was wrong.
std::optional<std::chrono::seconds> parse_duration(std::string_view text,
                                                   std::string *why = nullptr);

// The duration `text` most likely means, written as parse_duration takes it, when it
// is a near miss: "2M" -> "2m", "2 min" -> "2m", "1m30" -> "1m30s", "1h60m" -> "2h",
// "1.5m" -> "1m30s". Empty when there is no likely fix or `text` is already right.
std::string suggest_duration(std::string_view text);

// Formats seconds the way routine files write them: 90 -> "1m30s", 120 -> "2m", 0 -> "0s".
std::string format_duration(std::chrono::seconds duration);

// Formats seconds as a clock: 125 -> "2:05", 3725 -> "1:02:05".
std::string format_clock(std::chrono::seconds duration);

} // namespace knead::routine
