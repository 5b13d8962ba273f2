#pragma once

#include "util/asker.hpp"

#include <optional>
#include <string_view>

namespace knead::history {

inline constexpr std::string_view k_pain_question =
    "How is your pain right now, 0 (none) to 10 (worst imaginable)? Enter to skip";

// Said after a session whose pain after is 2 or more points above the pain before:
// the usual threshold of a meaningful change on the 0-10 scale (Farrar et al., Pain
// 2001).
inline constexpr std::string_view k_worse_after_advice =
    "Your pain is worse than before the session. Stop for today, and if it stays worse, ask a "
    "health professional.";

// k_worse_after_advice when both ratings are known and `after` >= `before` + 2, else
// nothing. `knead run` prints it after the session and the history keeps it as it
// was worded (the sessions' `advice`); `knead log` shows what was kept.
std::optional<std::string_view> worse_after_advice(std::optional<int> before,
                                                   std::optional<int> after);

// A pain rating as typed: a whole number from 0 to 10 (blanks around it allowed).
// Nothing for anything else, including an empty line.
std::optional<int> parse_pain(std::string_view text);

// Asks k_pain_question through `asker` until a rating or an empty line (skip)
// comes; the end of input also skips. Anything else says what is expected and asks
// again.
std::optional<int> ask_pain(Asker &asker);

// The rating for one moment of a session: `given` (--pain-before / --pain-after)
// when set; otherwise asked through `asker`; none when `asker` is null (the caller
// has no one to ask: no terminal, or no history), so scripts and pipes never wait
// on a question.
std::optional<int> pain_rating(std::optional<int> given, Asker *asker);

} // namespace knead::history
