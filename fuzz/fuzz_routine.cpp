// Fuzzes the routine loader and validator with arbitrary file contents. Beyond not
// crashing, it holds the loader to its promises: a routine that loads carries no
// text that would be unsafe on a terminal, and every diagnostic has a sane position.
#include "routine/loader.hpp"
#include "util/sanitize.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void require_safe(const std::string &text) {
  if (knead::find_unsafe_text(text)) {
    std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char *>(data), size);
  const auto result = knead::routine::parse_routine(text, "fuzz.toml", "fuzz");
  for (const auto &diagnostic : result.diagnostics) {
    if (diagnostic.line < 0 || diagnostic.column < 0 || diagnostic.message.empty()) {
      std::abort();
    }
  }
  if (result.ok()) {
    const auto &routine = *result.routine;
    require_safe(routine.title);
    require_safe(routine.summary);
    for (const auto &step : routine.steps) {
      require_safe(step.title);
      require_safe(step.where);
      require_safe(step.how);
      require_safe(step.before);
    }
  } else if (result.diagnostics.empty()) {
    std::abort(); // a refusal always says why
  }
  return 0;
}
