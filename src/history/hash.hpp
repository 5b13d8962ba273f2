#pragma once

#include <string>
#include <string_view>

namespace knead::history {

// FNV-1a 64-bit of `text` as 16 lower-case hex digits. Stored with each session
// so the history can tell when a routine's file changed between sessions; it is
// a fingerprint, not a security measure.
std::string content_hash(std::string_view text);

} // namespace knead::history
