#pragma once

#include "history/stats.hpp"
#include "util/text.hpp"

#include <string>
#include <string_view>

namespace knead::history {

// Shown beside the trend, from the evidence in docs/points.md: one session's
// before and after is not a measure of progress.
inline constexpr std::string_view k_meaningful_change_note =
    "A change of about 2 points or 30% over weeks is the usual threshold for a meaningful "
    "change (Farrar et al., Pain 2001), not one session's before and after.";

// One routine's weekly change in words: "lower-back: weekly median 6.0 → 4.0 from the
// week of 2026-10-05 (-2.0 points, -33%): a meaningful improvement".
Text progress_text(const RoutineProgress &progress);

// `knead stats` for people. `routine` empty means every routine; `charset` picks
// the block sparkline or ASCII.
Text format_stats_text(const Stats &stats, const std::string &routine, Charset charset);
// `knead stats --json`: one object (docs/history.md lists the fields).
std::string format_stats_json(const Stats &stats, const std::string &routine);

} // namespace knead::history
