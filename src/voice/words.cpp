#include "voice/words.hpp"

#include <array>
#include <cctype>
#include <string_view>
#include <vector>

namespace knead::voice {

namespace {

constexpr std::array<std::string_view, 20> k_small = {
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> k_tens = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

std::string unit(int count, std::string_view name) {
  std::string text = number_words(count) + " " + std::string(name);
  if (count != 1) {
    text += "s";
  }
  return text;
}

} // namespace

std::string number_words(int number) {
  if (number < 0 || number >= 100) {
    return std::to_string(number);
  }
  if (number < 20) {
    return std::string(k_small[static_cast<std::size_t>(number)]);
  }
  std::string text(k_tens[static_cast<std::size_t>(number / 10)]);
  if (number % 10 != 0) {
    text += "-";
    text += k_small[static_cast<std::size_t>(number % 10)];
  }
  return text;
}

std::string duration_words(std::chrono::seconds length) {
  const auto total = length.count();
  const int hours = static_cast<int>(total / 3600);
  const int minutes = static_cast<int>(total % 3600 / 60);
  const int seconds = static_cast<int>(total % 60);
  std::vector<std::string> parts;
  if (hours > 0) {
    parts.push_back(unit(hours, "hour"));
  }
  if (minutes > 0) {
    parts.push_back(unit(minutes, "minute"));
  }
  if (seconds > 0 || parts.empty()) {
    parts.push_back(unit(seconds, "second"));
  }
  std::string text = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) {
    text += i + 1 == parts.size() ? " and " : ", ";
    text += parts[i];
  }
  return text;
}

std::string count_word(int rep, int reps) {
  if (rep == reps && reps > 1) {
    return "Last one";
  }
  return capitalized(number_words(rep));
}

std::string capitalized(std::string text) {
  if (!text.empty()) {
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  }
  return text;
}

} // namespace knead::voice
