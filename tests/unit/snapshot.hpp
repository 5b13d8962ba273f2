#pragma once

#include <string>

namespace knead::test {

// Whether snapshot tests write what they see instead of comparing it: set from
// KNEAD_UPDATE_SNAPSHOTS by main() before the sandbox hides every KNEAD_ variable.
bool updating_snapshots();
void set_updating_snapshots(bool updating);

// Compares `actual` with the file `name` under tests/data/ (or writes it, when
// updating); on a difference, fails with the first line that differs.
void check_snapshot(const std::string &name, const std::string &actual);

} // namespace knead::test
