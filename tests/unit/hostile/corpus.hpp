#pragma once

#include "routine/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace knead::test {

// One string of tests/data/hostile_strings.txt, decoded.
struct HostileString {
  std::string label;
  std::string text;
};

// Every string of the hostile corpus, read once from the source tree.
const std::vector<HostileString> &hostile_strings();

// Decodes one corpus line's string: "\xHH" is a byte, "\\" a backslash.
std::string decode_hostile(std::string_view escaped);

// A routine in which every text (id, title, summary, source, path, each step's
// title, region, point, where, how, before and cues, each question's texts) is
// `text`: three steps covering both sides, repetitions and a `before` prompt.
routine::Routine routine_full_of(const std::string &text);

} // namespace knead::test
