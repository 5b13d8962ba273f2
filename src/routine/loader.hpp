#pragma once

#include "routine/diagnostic.hpp"
#include "routine/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knead::routine {

// Routine files larger than this are refused before parsing: a routine is a page of
// text, and a huge file is a mistake (or an attack on the parser).
inline constexpr std::size_t k_max_routine_bytes = std::size_t{1024} * 1024;

// What parsing a routine gives: the routine when it has no errors, and every problem
// found (errors and warnings) in the order they appear in the file.
struct LoadResult {
  std::optional<Routine> routine;
  std::vector<Diagnostic> diagnostics;
  // The text the diagnostics' positions refer to, to show their lines; empty when
  // the file could not be read.
  std::string text;

  [[nodiscard]] bool ok() const { return routine.has_value(); }
};

// Parses and validates routine `text`, reporting every problem in one pass with
// `source_name` as the file in each diagnostic. `id` becomes the routine's id. The
// result's routine has `content` = `text`; origin and path are the caller's to set.
LoadResult parse_routine(std::string_view text, std::string_view source_name, std::string_view id);

} // namespace knead::routine
