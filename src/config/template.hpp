#pragma once

#include <string>

namespace knead::config {

// The commented configuration `knead config --init` writes: every key, each with
// what it does and its default, all commented out, so the file changes nothing until
// a line is uncommented. Each "# key = value" line, uncommented, is valid as it is.
std::string config_template();

} // namespace knead::config
