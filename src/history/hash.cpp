#include "history/hash.hpp"

#include <fmt/format.h>

#include <cstdint>

namespace knead::history {

std::string content_hash(std::string_view text) {
  constexpr std::uint64_t k_offset_basis = 0xcbf29ce484222325ULL;
  constexpr std::uint64_t k_prime = 0x100000001b3ULL;
  std::uint64_t hash = k_offset_basis;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= k_prime;
  }
  return fmt::format("{:016x}", hash);
}

} // namespace knead::history
