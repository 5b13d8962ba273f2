#pragma once

#include "corpus.hpp"
#include "hazard.hpp"

#include <doctest/doctest.h>

// Checks that `printed`, made from the hostile string `hostile`, holds nothing that
// must not reach a terminal; a failure names the string and what got through.
#define CHECK_SAFE(printed, hostile)                                                               \
  do {                                                                                             \
    INFO("hostile string: ", (hostile).label);                                                     \
    CHECK(knead::test::terminal_hazard(printed) == "");                                            \
  } while (false)

// Checks a single-line printer: as CHECK_SAFE, and no newline either.
#define CHECK_SAFE_LINE(printed, hostile)                                                          \
  do {                                                                                             \
    INFO("hostile string: ", (hostile).label);                                                     \
    CHECK(knead::test::terminal_hazard(printed, false) == "");                                     \
  } while (false)

// Checks JSON output: as CHECK_SAFE, and still one valid JSON value.
#define CHECK_SAFE_JSON(printed, hostile)                                                          \
  do {                                                                                             \
    INFO("hostile string: ", (hostile).label);                                                     \
    CHECK(knead::test::terminal_hazard(printed) == "");                                            \
    CHECK(knead::test::json_problem(printed) == "");                                               \
  } while (false)
