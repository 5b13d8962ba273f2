#include "routine/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace knead::routine {
namespace {

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps
// of two neighbours each cost one ("hodl" is one edit from "hold").
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t rows = a.size() + 1;
  const std::size_t cols = b.size() + 1;
  std::vector<std::size_t> d(rows * cols);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t & { return d[i * cols + j]; };
  for (std::size_t i = 0; i < rows; ++i) {
    at(i, 0) = i;
  }
  for (std::size_t j = 0; j < cols; ++j) {
    at(0, j) = j;
  }
  for (std::size_t i = 1; i < rows; ++i) {
    for (std::size_t j = 1; j < cols; ++j) {
      const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
          lower(a[i - 2]) == lower(b[j - 1])) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(rows - 1, cols - 1);
}

} // namespace

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  // Very long words are not typos of our short keys; skip the quadratic work.
  if (word.empty() || word.size() > 64) {
    return {};
  }
  std::string_view best;
  std::size_t best_distance = 3;
  for (const auto candidate : candidates) {
    const auto distance = edit_distance(word, candidate);
    if (distance < best_distance && distance * 2 < std::max(word.size(), candidate.size())) {
      best = candidate;
      best_distance = distance;
    }
  }
  return std::string(best);
}

std::string join_words(std::span<const std::string_view> words) {
  return fmt::format("{}", fmt::join(words, ", "));
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates,
                         std::string_view otherwise) {
  const auto match = closest_match(word, candidates);
  if (match.empty()) {
    return std::string(otherwise);
  }
  return fmt::format("did you mean \"{}\"?", match);
}

} // namespace knead::routine
