#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace knead::routine {

// A TOML syntax error in plain words: where on its line, what is wrong, how to fix it.
struct SyntaxMistake {
  int column = 0;     // 1-based, in code points
  int end_column = 0; // one past the range; 0 to measure the token at `column`
  std::string message{};
  std::string hint{};
  std::string fixit{}; // the text for the range, when the fix is certain
  // The key written twice, when that is the mistake: parsing can go on without it.
  std::string duplicate_key{};
  // True for a key written twice whose line holds its whole value: parsing can go on
  // with the line left out, to find the file's other problems.
  bool can_go_on = false;
};

// Recognises the mistakes people make most on line `line` of `text`, where the TOML
// parser stopped at `column` saying `description`: a string not closed on its line, a
// duration or word without quotes, quotes inside a string, a backslash in a "…"
// string, a key written twice, a missing "=", [step] for [[step]], and characters
// that do not belong (a control character, a line or paragraph separator, a
// non-breaking space). Nothing when the mistake is none of these.
std::optional<SyntaxMistake> recognise_syntax_mistake(std::string_view text, int line, int column,
                                                      std::string_view description);

} // namespace knead::routine
