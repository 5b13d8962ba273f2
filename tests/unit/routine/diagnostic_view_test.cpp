#include "routine/diagnostic_view.hpp"
#include "routine/loader.hpp"
#include "routine/source_range.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace knead;
using namespace knead::routine;

namespace {

std::string rendered(const Diagnostic &diagnostic, std::string_view source,
                     Charset charset = Charset::utf8) {
  return render_diagnostic(diagnostic, source, charset).plain().utf8();
}

Diagnostic at(int line, int column, int end_column, std::string message) {
  return {.file = "r.toml",
          .line = line,
          .column = column,
          .message = std::move(message),
          .end_column = end_column};
}

} // namespace

TEST_CASE("a diagnostic shows its line, a caret and an underline of the range") {
  auto diagnostic = at(2, 1, 5, "unknown key \"hodl\"");
  diagnostic.hint = "did you mean \"hold\"?";
  diagnostic.fixit = "hold";
  CHECK(rendered(diagnostic, "title = \"T\"\nhodl = \"2m\"\n") ==
        "r.toml:2:1: error: unknown key \"hodl\"\n"
        "    2 | hodl = \"2m\"\n"
        "      | ^~~~\n"
        "      | hold\n"
        "  hint: did you mean \"hold\"?\n");
}

TEST_CASE("the caret stands under the character, whatever the width before it") {
  const std::string source = "title = \"日…\" x\n";
  // "x" is code point 14: the wide character takes two columns, "…" one.
  CHECK(rendered(at(1, 14, 15, "m"), source) == "r.toml:1:14: error: m\n"
                                                "    1 | title = \"日…\" x\n"
                                                "      |               ^\n");
  // In ASCII, the wide character is one "?" and "…" is "...": one column more.
  CHECK(rendered(at(1, 14, 15, "m"), source, Charset::ascii) == "r.toml:1:14: error: m\n"
                                                                "    1 | title = \"日…\" x\n"
                                                                "      |                ^\n");
}

TEST_CASE("a long line is shown as a window around the range") {
  const std::string source = "title = \"" + std::string(300, 'a') + "\" x\n";
  const auto text = rendered(at(1, 312, 313, "m"), source);
  CHECK(text == "r.toml:1:312: error: m\n"
                "    1 | …" +
                    std::string(38, 'a') +
                    "\" x\n"
                    "      | " +
                    std::string(41, ' ') + "^\n");
}

TEST_CASE("a diagnostic without a position or source has no source line") {
  Diagnostic diagnostic{.file = "r.toml", .message = "the file is empty"};
  diagnostic.note = "n";
  CHECK(rendered(diagnostic, "") == "r.toml: error: the file is empty\n  note: n\n");
}

TEST_CASE("the count names errors and warnings") {
  std::vector<Diagnostic> list{at(1, 1, 2, "a"), at(1, 1, 2, "b")};
  CHECK(count_words(list) == "2 errors");
  list[1].severity = Severity::warning;
  CHECK(count_words(list) == "1 error, 1 warning");
  list[0].severity = Severity::warning;
  CHECK(count_words(list) == "2 warnings");
  CHECK(render_diagnostics(list, "x\n", "r.toml", Charset::utf8)
            .plain()
            .utf8()
            .ends_with("2 warnings in r.toml\n"));
}

TEST_CASE("a diagnostic in JSON has its range, hint, fix-it and note") {
  auto diagnostic = at(2, 1, 5, "unknown key \"hodl\"");
  diagnostic.hint = "did you mean \"hold\"?";
  diagnostic.fixit = "hold";
  CHECK(diagnostic_json(diagnostic) ==
        R"({"file":"r.toml","severity":"error","message":"unknown key \"hodl\"",)"
        R"("hint":"did you mean \"hold\"?","fixit":"hold","note":null,)"
        R"("range":{"start":{"line":2,"column":1},"end":{"line":2,"column":5}}})");
  CHECK(diagnostic_json({.file = "x", .message = "m"}) ==
        R"({"file":"x","severity":"error","message":"m","hint":null,"fixit":null,"note":null,)"
        R"("range":null})");
}

TEST_CASE("the loader measures the token at each problem") {
  CHECK(token_end_column("hodl = \"2m\"", 1) == 5);
  CHECK(token_end_column("kind = \"pres\" # x", 8) == 14);
  CHECK(token_end_column("[[step]]", 1) == 9);
  CHECK(token_end_column("region = [\"a\", \"]\"]", 10) == 20);
  CHECK(token_end_column("t = \"a\\u001bb\"", 7) == 13);
  CHECK(token_end_column("t = \"unclosed  ", 5) == 14);
  const auto result = parse_routine("title = \"T\"\n[[step]]\ntitle = \"S\"\nregion = \"hip\"\n"
                                    "hold = \"1m\"\n",
                                    "r.toml", "r");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].column == 10);
  CHECK(result.diagnostics[0].end_column == 15);
  CHECK(result.text.starts_with("title"));
}
