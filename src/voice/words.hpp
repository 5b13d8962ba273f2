#pragma once

#include <chrono>
#include <string>

namespace knead::voice {

// Numbers as words, for speech: 1 -> "one", 21 -> "twenty-one", 100 and more as digits
// (a speech program reads those well; it reads "2m" as "two metres").
std::string number_words(int number);

// A length as words: 120 s -> "two minutes", 90 s -> "one minute and thirty seconds",
// 1 s -> "one second", 3900 s -> "one hour and five minutes".
std::string duration_words(std::chrono::seconds length);

// What is said at the start of circle `rep` of `reps`: "One", "Two", …, "Last one".
std::string count_word(int rep, int reps);

// `text` with its first letter in upper case (ASCII only).
std::string capitalized(std::string text);

} // namespace knead::voice
