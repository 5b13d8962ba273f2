#pragma once

#include <string>
#include <string_view>

// How a person names a routine on the command line, decided here for every command
// that takes one (run, show, edit, check, questions, due, log, stats, notify, new
// --from, remind): by id ("lower-back") or by file ("./neck.toml").
namespace knead::routine {

// True when `name` names a file rather than an id: it contains a '/' or ends in
// ".toml" ("neck.toml", "./neck", "/etc/knead/neck.toml").
bool is_routine_path(std::string_view name);

// The id `name` stands for, the one the history files its sessions under: an id as
// it is, a file's name without ".toml" ("~/r/neck.toml" is "neck").
std::string routine_id_of(std::string_view name);

} // namespace knead::routine
