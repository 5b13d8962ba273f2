#pragma once

#include <span>
#include <string_view>

namespace knead::routine {

// A routine file compiled into the binary from routines/.
struct BuiltinText {
  std::string_view id;   // file name without ".toml"
  std::string_view text; // the TOML source
};

// Every built-in routine, sorted by id.
std::span<const BuiltinText> builtin_routine_texts();

// The routine `knead run` uses when none is named.
inline constexpr std::string_view k_default_routine = "lower-back";

} // namespace knead::routine
