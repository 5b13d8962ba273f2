#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace knead::argv_template {

// A command written as an argv template, such as ["espeak-ng", "-s", "{rate}", "{text}"]:
// each element is one argument, and "{name}" inside an element stands for a value
// knead fills in. No shell ever sees it, so the text spoken cannot run as a command.

// One "{…}" found in an element: its byte offset and the name between the braces.
struct Placeholder {
  std::size_t offset = 0;
  std::string name;
};

// Every "{…}" in `element`, in order. A "{" with no "}" after it is no placeholder.
std::vector<Placeholder> find_placeholders(std::string_view element);

// `argv` with each placeholder whose name is in `values` replaced by its value, in one
// pass (a value that holds "{text}" stays as it is); other placeholders are kept.
std::vector<std::string> expand(const std::vector<std::string> &argv,
                                const std::map<std::string, std::string, std::less<>> &values);

// True when some element of `argv` holds the placeholder `name`.
bool uses(const std::vector<std::string> &argv, std::string_view name);

} // namespace knead::argv_template
