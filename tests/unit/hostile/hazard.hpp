#pragma once

#include <string>
#include <string_view>

namespace knead::test {

// Describes the first thing in `printed` that must never reach a terminal from
// untrusted text (a control character, C1 control, bidirectional control or
// invalid UTF-8), or returns "" when there is none. A newline is allowed only
// when `newlines`. Written apart from util/sanitize.cpp on purpose: a checker that
// shared its code could not catch sanitize's own mistakes.
std::string terminal_hazard(std::string_view printed, bool newlines = true);

// Describes the first reason `text` is not one JSON value (RFC 8259), or returns
// "" when it is; trailing whitespace is allowed. Scripts pipe our --json output
// into jq, so hostile text must not break it.
std::string json_problem(std::string_view text);

} // namespace knead::test
