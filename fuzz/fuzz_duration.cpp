// Fuzzes the duration parser: it must never crash, and whatever it accepts must
// survive a round trip through format_duration.
#include "routine/duration.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char *>(data), size);
  std::string why;
  const auto parsed = knead::routine::parse_duration(text, &why);
  if (parsed) {
    const auto again = knead::routine::parse_duration(knead::routine::format_duration(*parsed));
    if (!again || *again != *parsed) {
      std::abort();
    }
  } else if (why.empty()) {
    std::abort(); // a refusal always says why
  }
  return 0;
}
