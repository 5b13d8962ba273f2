#pragma once

#include "corpus.hpp"
#include "hazard.hpp"
#include "util/text.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace knead::test {

inline std::string hazard_in(std::string_view printed, bool newlines) {
  return terminal_hazard(printed, newlines);
}

// A Text reaches the terminal as it is (UTF-8) or in ASCII: both must be safe, and
// the ASCII one ASCII through and through.
inline std::string hazard_in(const Text &printed, bool newlines) {
  if (auto hazard = terminal_hazard(printed.utf8(), newlines); !hazard.empty()) {
    return hazard;
  }
  const auto ascii = printed.in(Charset::ascii).utf8();
  if (auto hazard = terminal_hazard(ascii, newlines); !hazard.empty()) {
    return "in ASCII, " + hazard;
  }
  if (!std::all_of(ascii.begin(), ascii.end(),
                   [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return "in ASCII, a byte outside ASCII";
  }
  return {};
}

} // namespace knead::test

// Checks that `printed`, made from the hostile string `hostile`, holds nothing that
// must not reach a terminal; a failure names the string and what got through.
#define CHECK_SAFE(printed, hostile)                                                               \
  do {                                                                                             \
    INFO("hostile string: ", (hostile).label);                                                     \
    CHECK(knead::test::hazard_in(printed, true) == "");                                            \
  } while (false)

// Checks a single-line printer: as CHECK_SAFE, and no newline either.
#define CHECK_SAFE_LINE(printed, hostile)                                                          \
  do {                                                                                             \
    INFO("hostile string: ", (hostile).label);                                                     \
    CHECK(knead::test::hazard_in(printed, false) == "");                                           \
  } while (false)

// Checks JSON output: as CHECK_SAFE, and still one valid JSON value.
#define CHECK_SAFE_JSON(printed, hostile)                                                          \
  do {                                                                                             \
    INFO("hostile string: ", (hostile).label);                                                     \
    CHECK(knead::test::terminal_hazard(printed) == "");                                            \
    CHECK(knead::test::json_problem(printed) == "");                                               \
  } while (false)
