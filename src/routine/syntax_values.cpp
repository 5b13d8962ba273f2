#include "routine/syntax_values.hpp"

#include "routine/duration.hpp"
#include "routine/source_range.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace knead::routine::syntax {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool is_bare_key_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

int column_of(std::string_view line, std::size_t at) {
  return code_points(line.substr(0, std::min(at, line.size()))) + 1;
}

std::size_t skip_blanks(std::string_view line, std::size_t at) {
  while (at < line.size() && is_blank(line[at])) {
    ++at;
  }
  return at;
}

std::string as_value(std::string_view written) {
  if (written.empty() ||
      std::string_view("\"'[{").find(written.front()) != std::string_view::npos ||
      written == "true" || written == "false" ||
      written.find_first_not_of("0123456789+-._eE") == std::string_view::npos) {
    return std::string(written);
  }
  if (auto duration = suggest_duration(written); !duration.empty()) {
    return fmt::format("\"{}\"", duration);
  }
  return fmt::format("\"{}\"", written);
}

namespace {

// What a value written without quotes is: a duration, a word, an id or other text.
std::string_view kind_of_bare(std::string_view value) {
  if (std::isdigit(static_cast<unsigned char>(value.front())) != 0) {
    return "the duration";
  }
  const bool word = std::all_of(value.begin(), value.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '-';
  });
  if (word) {
    return "the word";
  }
  const bool id = std::all_of(value.begin(), value.end(), is_bare_key_char);
  return id ? "the id" : "the text";
}

// "true" for `True`, `TRUE` or `tru` (a word that starts one of them, three letters or
// more, in any case), "false" likewise; empty for any other word, such as `Tree`.
std::string boolean_meant(std::string_view value) {
  std::string lower(value);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  for (const std::string_view word : {"true", "false"}) {
    if (lower.size() >= 3 && word.starts_with(lower)) {
      return std::string(word);
    }
  }
  return {};
}

// The byte of the quote that closes the "…" string opening at `at`, or npos; sets
// `bad_escape` to the first backslash that starts no escape TOML knows.
std::size_t basic_string_close(std::string_view line, std::size_t at, std::size_t &bad_escape) {
  bad_escape = std::string_view::npos;
  for (std::size_t i = at + 1; i < line.size(); ++i) {
    if (line[i] == '"') {
      return i;
    }
    if (line[i] != '\\') {
      continue;
    }
    const char next = i + 1 < line.size() ? line[i + 1] : '\0';
    std::size_t hex = next == 'u' ? 4 : next == 'U' ? 8 : 0;
    bool ok = std::string_view("btnfr\"\\").find(next) != std::string_view::npos && next != '\0';
    if (hex > 0) {
      ok = i + 2 + hex <= line.size() &&
           std::all_of(line.begin() + static_cast<long>(i + 2),
                       line.begin() + static_cast<long>(i + 2 + hex),
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
    }
    if (!ok && bad_escape == std::string_view::npos) {
      bad_escape = i;
    }
    i += ok ? 1 + hex : 0;
  }
  return std::string_view::npos;
}

} // namespace

// A value without quotes: `hold = 2m`, `sides = left-then-right`, `voice = tru`.
std::optional<SyntaxMistake> bare_value(std::string_view line, std::size_t at,
                                        std::string_view key) {
  auto end = line.find('#', at);
  end = end == std::string_view::npos ? line.size() : end;
  while (end > at && is_blank(line[end - 1])) {
    --end;
  }
  const auto value = line.substr(at, end - at);
  if (value.empty() || value.find_first_of("\"'[]{}=") != std::string_view::npos) {
    return std::nullopt;
  }
  const int start = column_of(line, at);
  const int stop = column_of(line, end);
  if (const auto boolean = boolean_meant(value); !boolean.empty()) {
    return SyntaxMistake{
        .column = start,
        .end_column = stop,
        .message = fmt::format("{} is not a value", value),
        .hint = fmt::format("did you mean {}? write true or false in lower case, without quotes",
                            boolean),
        .fixit = boolean};
  }
  const auto kind = kind_of_bare(value);
  std::string fixed(value);
  if (kind == "the duration") {
    if (auto suggested = suggest_duration(value); !suggested.empty()) {
      fixed = std::move(suggested);
    } else if (!parse_duration(value)) {
      return std::nullopt; // a number gone wrong, not a duration: toml++ says it best
    }
  }
  return SyntaxMistake{.column = start,
                       .end_column = stop,
                       .message = fmt::format("{} {} is not in quotes", kind, value),
                       .hint = fmt::format("write {} = \"{}\"", key, fixed),
                       .fixit = fmt::format("\"{}\"", fixed)};
}

// The end of the value on the line, a comment and trailing blanks left out.
std::size_t value_end(std::string_view line, std::size_t from) {
  auto end = line.size();
  while (end > from && is_blank(line[end - 1])) {
    --end;
  }
  return end;
}

// A quoted value gone wrong: not closed, closed early by a quote inside it, or (in
// "…") a backslash that starts no escape.
std::optional<SyntaxMistake> string_value(std::string_view line, std::size_t at) {
  const char quote = line[at];
  if (line.substr(at, 3) == std::string(3, quote)) {
    return std::nullopt; // multi-line: toml++'s own words
  }
  std::size_t bad_escape = std::string_view::npos;
  const auto close =
      quote == '"' ? basic_string_close(line, at, bad_escape) : line.find('\'', at + 1);
  const int start = column_of(line, at);
  if (bad_escape != std::string_view::npos) {
    const auto end = close == std::string_view::npos ? value_end(line, at) : close + 1;
    const auto inner = line.substr(at + 1, end - at - (close == std::string_view::npos ? 1 : 2));
    const bool single = inner.find('\'') == std::string_view::npos;
    const auto escape = line.substr(bad_escape, 2);
    return SyntaxMistake{
        .column = start,
        .end_column = column_of(line, end),
        .message = fmt::format("the backslash in \"{}\" starts an escape sequence", inner),
        .hint = single ? fmt::format("in \"…\" a backslash starts an escape such as \\n ({} is "
                                     "not one); write text with backslashes in single quotes: "
                                     "'{}'",
                                     escape, inner)
                       : fmt::format("in \"…\" a backslash starts an escape such as \\n ({} is "
                                     "not one); write each backslash twice",
                                     escape),
        .fixit = single ? fmt::format("'{}'", inner) : std::string()};
  }
  const char other = quote == '"' ? '\'' : '"';
  if (close == std::string_view::npos) {
    const auto end = value_end(line, at);
    return SyntaxMistake{
        .column = start,
        .end_column = column_of(line, end),
        .message = "the string is not closed on its line",
        .hint = quote == '"' ? "end it with \" on the same line; text over several lines goes in "
                               "\"\"\"triple quotes\"\"\""
                             : "end it with ' on the same line; text over several lines goes in "
                               "'''triple quotes'''",
        .fixit = std::string(line.substr(at, end - at)) + quote};
  }
  const auto after = skip_blanks(line, close + 1);
  if (after >= line.size() || line[after] == '#') {
    return std::nullopt;
  }
  // Text after the closing quote: a quote inside the string closed it early when
  // another quote follows on the line.
  const auto last = line.rfind(quote);
  if (last == close) {
    return SyntaxMistake{.column = column_of(line, after),
                         .end_column = column_of(line, value_end(line, after)),
                         .message = "there is text after the value",
                         .hint = "end the line after the value, or start a comment with #"};
  }
  const auto whole = line.substr(at + 1, last - at - 1);
  const bool swap = whole.find(other) == std::string_view::npos;
  const auto swapped = fmt::format("{}{}{}", other, whole, other);
  return SyntaxMistake{
      .column = start,
      .end_column = column_of(line, last + 1),
      .message = "a quote inside the string ends it early",
      .hint = quote == '"'
                  ? (swap ? fmt::format("write the text in single quotes, {}, or each "
                                        "\" inside it as \\\"",
                                        swapped)
                          : std::string("write each \" inside the text as \\\""))
                  : (swap ? fmt::format("write the text in double quotes, {}", swapped)
                          : fmt::format("write the text in triple quotes, '''{}'''", whole)),
      .fixit = swap ? swapped : std::string()};
}

} // namespace knead::routine::syntax
