#pragma once

#include <string>
#include <string_view>

namespace knead::routine {

// True when `name` can be a routine id (and so a file name): 1 to 64 lower-case
// letters, digits and hyphens, starting with a letter or digit ("evening-back").
bool is_routine_id(std::string_view name);

// A commented routine for `knead new`: every key shown once, with its choices,
// so a person can start from it. It passes `knead check` as written. Its first line
// names the JSON Schema at the absolute path `schema` ("#:schema file:///usr/…"), for
// editors whose TOML language server (taplo, Even Better TOML) reads that line.
std::string scaffold_routine(std::string_view id, std::string_view schema);

// Where `cmake --install` puts the routine schema: share/knead/routine.schema.json
// under the install prefix.
std::string installed_schema_path();

// `text` of routine `from_id` (from `from_path`), with a first comment line saying where
// it came from, for `knead new --from`.
std::string copied_routine(std::string_view text, std::string_view from_id,
                           std::string_view from_path);

} // namespace knead::routine
