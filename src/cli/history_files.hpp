#pragma once

#include "history/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace knead::cli {

// What `note`, `log edit`, `log delete` and `history import` share.

// "12" or "#12" as a session id; nothing for anything else.
std::optional<std::int64_t> parse_session_id(std::string_view text);
// Refuses a note that is not one line of at most 1,000 bytes (a usage error).
void check_note(const std::string &text);
// The history to change; an error when there is none yet (changing creates nothing).
history::Store open_history_to_change();
[[noreturn]] void throw_no_session(std::int64_t id);

} // namespace knead::cli
