#pragma once

#include <iosfwd>
#include <optional>
#include <string_view>

namespace knead::history {

inline constexpr std::string_view k_pain_question =
    "How is your pain right now, 0 (none) to 10 (worst imaginable)? Enter to skip";

// A pain rating as typed: a whole number from 0 to 10 (blanks around it allowed).
// Nothing for anything else, including an empty line.
std::optional<int> parse_pain(std::string_view text);

// Asks k_pain_question on `out` and reads lines from `in` until a rating or an
// empty line (skip) comes; the end of input also skips. Anything else says what
// is expected and asks again.
std::optional<int> ask_pain(std::istream &in, std::ostream &out);

// The rating for one moment of a session: `given` (--pain-before / --pain-after)
// when set; otherwise asked when `interactive` (stdin is a terminal); otherwise
// none, so scripts and pipes never wait on a question.
std::optional<int> pain_rating(std::optional<int> given, bool interactive, std::istream &in,
                               std::ostream &out);

} // namespace knead::history
