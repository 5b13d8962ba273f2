#pragma once

#include <span>
#include <string>
#include <string_view>

namespace knead::routine {

// The candidate closest to `word` (ignoring case), when it is close enough to be a
// likely typo: at most two edits, a swap of neighbours counting as one, and fewer
// edits than half the word. Returns an empty string when nothing is that close.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

// The words separated by ", ": "press, reps, roll".
std::string join_words(std::span<const std::string_view> words);

// "did you mean \"hold\"?" for the closest candidate, or `otherwise` when none is close.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates,
                         std::string_view otherwise);

} // namespace knead::routine
