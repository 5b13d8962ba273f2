#include "util/editor.hpp"

#include <doctest/doctest.h>

using knead::editor_command;

namespace {
bool has_editor(const std::string &name) {
  return name == "editor";
}
bool has_nothing(const std::string &) {
  return false;
}
} // namespace

TEST_CASE("the editor comes from VISUAL, then EDITOR, then a fallback") {
  using Argv = std::vector<std::string>;
  CHECK(editor_command("nano", "vim", has_editor) == Argv{"nano"});
  CHECK(editor_command(nullptr, "vim", has_editor) == Argv{"vim"});
  CHECK(editor_command("", "vim", has_editor) == Argv{"vim"});
  CHECK(editor_command("  code   --wait ", nullptr, has_editor) == Argv{"code", "--wait"});
  CHECK(editor_command(nullptr, nullptr, has_editor) == Argv{"editor"});
  CHECK(editor_command(nullptr, " ", has_nothing) == Argv{"vi"});
  // Words are arguments, never a shell line.
  CHECK(editor_command("vi; rm -rf ~", nullptr, has_nothing) == Argv{"vi;", "rm", "-rf", "~"});
}
