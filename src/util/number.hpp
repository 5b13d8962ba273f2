#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace knead::number {

// The largest whole number parse_whole reads: far above any count the command line
// takes, and far below where a 64-bit integer overflows.
inline constexpr std::uint64_t k_max_whole = 999'999'999'999;

// `text` as a whole number written in decimal digits alone: "12" and "012" are 12;
// " 12", "+12", "-1", "1e3", "0x10", "12x" and "" are nothing, as is a number over
// k_max_whole. A number given to a person's command is read one way only, so a typo
// is never taken for another number.
std::optional<std::uint64_t> parse_whole(std::string_view text);

// `text` as a decimal number: digits, then optionally a point and more digits ("2",
// "2.5", "0.25"). Nothing for anything else: "1e3", ".5", "5.", "inf", "nan", "0x10",
// spaces, a sign, or more than 12 digits before the point.
std::optional<double> parse_decimal(std::string_view text);

} // namespace knead::number
