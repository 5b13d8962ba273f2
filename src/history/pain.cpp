#include "history/pain.hpp"

#include "util/number.hpp"

#include <string>

namespace knead::history {

std::optional<int> parse_pain(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  // At most two digits: "010" is not a rating.
  const auto value = text.size() <= 2 ? number::parse_whole(text) : std::nullopt;
  if (!value || *value > 10) {
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<int> ask_pain(Asker &asker) {
  const Text prompt = Text::trusted(k_pain_question) + " ";
  for (;;) {
    const auto line = asker.ask_line(prompt);
    if (!line || line->empty()) {
      return std::nullopt;
    }
    if (const auto rating = parse_pain(*line)) {
      return rating;
    }
    asker.tell("Please type a whole number from 0 to 10, or press Enter to skip.\n");
  }
}

std::optional<std::string_view> worse_after_advice(std::optional<int> before,
                                                   std::optional<int> after) {
  if (before && after && *after >= *before + 2) {
    return k_worse_after_advice;
  }
  return std::nullopt;
}

std::optional<int> pain_rating(std::optional<int> given, Asker *asker) {
  if (given) {
    return given;
  }
  if (asker == nullptr) {
    return std::nullopt;
  }
  return ask_pain(*asker);
}

} // namespace knead::history
