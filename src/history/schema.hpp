#pragma once

#include "history/sqlite.hpp"

namespace knead::history {

// The schema version this build writes (`PRAGMA user_version`).
int current_schema_version();

// Brings `db` up to current_schema_version(), one migration at a time, each in its
// own transaction together with its version bump: a crash mid-way leaves the file
// at the last finished version. A file from a newer knead is refused (throws
// sql::Error) rather than written in a shape it does not know.
void migrate(sql::Database &db);

} // namespace knead::history
