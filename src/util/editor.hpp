#pragma once

#include <functional>
#include <string>
#include <vector>

namespace knead {

// The editor to run, as an argv (never a shell line): $VISUAL, then $EDITOR, each
// split at spaces so "code --wait" works (quotes are not interpreted); without
// either, `editor` (Debian's alternative) when `is_available` finds it, else `vi`.
// `visual` and `editor` are the variables' values (nullptr when unset).
std::vector<std::string>
editor_command(const char *visual, const char *editor,
               const std::function<bool(const std::string &)> &is_available);

} // namespace knead
