// Routine text that skips `knead check` (a routine built in code, a file name from
// the disk) through every routine printer: diagnostics, show, list.
#include "check_safe.hpp"
#include "routine/diagnostic.hpp"
#include "routine/list_view.hpp"
#include "routine/loader.hpp"
#include "routine/plan_view.hpp"
#include "util/sanitize.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

using namespace knead;
using test::hostile_strings;

namespace {

// `text` inside a TOML basic string: what TOML cannot hold raw is written as an
// escape, so toml++ hands it on and knead's own checks must catch it.
std::string toml_escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == '"' || c == '\\') {
      out += fmt::format("\\u{:04X}", byte);
    } else {
      out += c;
    }
  }
  return out;
}

std::string routine_toml(std::string_view title) {
  return fmt::format("title = \"{0}\"\nsummary = \"{0}\"\n\n[[step]]\ntitle = \"{0}\"\n"
                     "region = \"lower-back\"\nhold = \"10s\"\nhow = \"{0}\"\n",
                     title);
}

} // namespace

TEST_CASE("the hostile corpus is read whole and each string is hostile") {
  std::set<std::string> labels;
  for (const auto &hostile : hostile_strings()) {
    INFO("hostile string: ", hostile.label);
    CHECK(labels.insert(hostile.label).second);
    CHECK(test::terminal_hazard(hostile.text, false) != "");
    // A line break is fine in routine prose; everything else is refused by the loader.
    CHECK(find_unsafe_text(hostile.text).has_value() ==
          (test::terminal_hazard(hostile.text, true) != ""));
  }
  CHECK(labels.size() >= 30);
  CHECK(labels.count("osc52_clipboard_st") == 1);
  CHECK(test::decode_hostile("\\x1b]52;c;aGk=\\x1b\\\\") == "\x1b]52;c;aGk=\x1b\\");
}

TEST_CASE("untrusted text becomes Text with nothing hostile, on a line or in lines") {
  for (const auto &hostile : hostile_strings()) {
    CHECK_SAFE_LINE(sanitize_text(hostile.text), hostile);
    CHECK_SAFE(sanitize_text(hostile.text, true), hostile);
    CHECK_SAFE_LINE(Text(Untrusted(hostile.text)), hostile);
    CHECK_SAFE(Text::lines(Untrusted(hostile.text)), hostile);
    CHECK_SAFE(Text::trusted(hostile.text), hostile);
    CHECK_SAFE_LINE(Text::format("[{}]", Untrusted(hostile.text)), hostile);
  }
}

TEST_CASE("diagnostics never echo a hostile file name, message or hint") {
  for (const auto &hostile : hostile_strings()) {
    const routine::Diagnostic diagnostic{hostile.text,
                                         3,
                                         9,
                                         routine::Severity::error,
                                         "unknown key \"" + hostile.text + "\"",
                                         "did you mean \"" + hostile.text + "\"?"};
    CHECK_SAFE(routine::format_diagnostic(diagnostic), hostile);
  }
}

TEST_CASE("the loader refuses hostile routine text with diagnostics that are safe to print") {
  for (const auto &hostile : hostile_strings()) {
    // Raw, the text is not even TOML; escaped, toml++ takes it and knead's checks
    // must refuse it; as a key, it is unknown. Only a line break in prose loads.
    const bool only_line_breaks = test::terminal_hazard(hostile.text, true).empty();
    const std::vector<std::pair<std::string, bool>> sources{
        {routine_toml(hostile.text), false},
        {routine_toml(toml_escaped(hostile.text)), only_line_breaks},
        {fmt::format("title = \"t\"\n\"{}\" = 1\n", toml_escaped(hostile.text)), false}};
    for (const auto &[source, loads] : sources) {
      const auto result = routine::parse_routine(source, hostile.text, hostile.text);
      INFO("source: ", Text::lines(Untrusted(source)).utf8());
      CHECK(result.ok() == loads);
      CHECK_SAFE(routine::format_diagnostics(result.diagnostics), hostile);
      if (result.ok()) {
        CHECK_SAFE(routine::format_plan(*result.routine, Charset::utf8), hostile);
        CHECK_SAFE(routine::format_plan(*result.routine, Charset::ascii), hostile);
        CHECK_SAFE_JSON(routine::plan_json(*result.routine), hostile);
      } else {
        CHECK_FALSE(result.diagnostics.empty());
      }
    }
  }
}

TEST_CASE("show prints a hostile routine safely, as text and as JSON") {
  for (const auto &hostile : hostile_strings()) {
    const auto routine = test::routine_full_of(hostile.text);
    CHECK_SAFE(routine::format_plan(routine, Charset::utf8), hostile);
    CHECK_SAFE(routine::format_plan(routine, Charset::ascii), hostile);
    CHECK_SAFE_JSON(routine::plan_json(routine), hostile);
  }
}

TEST_CASE("list prints hostile ids, paths, titles and shadows safely, as text and as JSON") {
  for (const auto &hostile : hostile_strings()) {
    const routine::FoundRoutine found{hostile.text,
                                      routine::Origin::user,
                                      hostile.text,
                                      {hostile.text, "builtin:" + hostile.text}};
    const std::vector<routine::ListedRoutine> listed{{found, test::routine_full_of(hostile.text)},
                                                     {found, std::nullopt}};
    CHECK_SAFE(routine::format_routine_list(listed, Charset::utf8), hostile);
    CHECK_SAFE(routine::format_routine_list(listed, Charset::ascii), hostile);
    CHECK_SAFE_JSON(routine::routine_list_json(listed), hostile);
  }
}
