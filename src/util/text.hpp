#pragma once

#include "util/untrusted.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace knead {

// What the terminal takes: UTF-8, or single bytes. A terminal that reads single
// bytes (a C or Latin-1 locale) takes some bytes inside UTF-8 characters for C1
// controls: "Л" is D0 9B, and 9B is CSI in 8-bit mode. So it gets ASCII only.
enum class Charset { utf8, ascii };

class Text;

namespace text_detail {

template <typename T>
using Plain = std::conditional_t<std::is_array_v<std::remove_cvref_t<T>>, const char *,
                                 std::remove_cvref_t<T>>;

// What Text::format takes: numbers and the program's own constants (const char *,
// std::string_view: enum names, the point catalog) as they are, a Text, and an
// Untrusted, which it sanitises onto one line. Not a std::string: routine, answers
// and history text are std::strings, and each must be named for what it is,
// Untrusted(…) or Text::trusted(…).
template <typename T>
concept FormatArgument = !std::is_same_v<Plain<T>, std::string>;

// How Text::format hands each argument to fmt.
template <typename T> struct FormatArg {
  using type = T;
  static const T &get(const T &value) { return value; }
};
template <> struct FormatArg<Text> {
  using type = std::string_view;
  static std::string_view get(const Text &text);
};
template <> struct FormatArg<Untrusted> {
  using type = std::string;
  static std::string get(const Untrusted &text);
};
template <typename T> using FormatArgOf = FormatArg<Plain<T>>;

} // namespace text_detail

// Text that is safe to show: valid UTF-8 with no control character but the line
// break, no bidirectional control, nothing a terminal would act on. Every way of
// making one sanitises what goes in (control characters, bidirectional controls and
// invalid UTF-8 bytes become U+FFFD, a tab a space), so the invariant holds by
// construction, whoever builds it. The views (show, list, log, the screening report,
// the live screen…) return Text; only an Output (util/output.hpp) writes it, in the
// terminal's charset.
class Text {
public:
  Text() = default;
  // A string literal of the program, line breaks kept: `Text("Routines:\n")`.
  template <std::size_t N> Text(const char (&literal)[N]) : Text(trusted(literal)) {}
  // Untrusted text on one line: a line break in it becomes U+FFFD, so a title
  // cannot start a line of its own.
  explicit Text(const Untrusted &text);

  // Untrusted prose or a whole file, line breaks kept.
  static Text lines(const Untrusted &text);
  // Text the program made itself (numbers, padding, joined pieces of other Text),
  // line breaks kept. Sanitised all the same: a mistake here can break a line, never
  // send an escape sequence.
  static Text trusted(std::string_view text);
  // fmt::format into a Text; the format string is checked at compile time, and the
  // arguments are those text_detail::FormatArgument allows.
  template <text_detail::FormatArgument... Args>
  static Text format(fmt::format_string<typename text_detail::FormatArgOf<Args>::type...> format,
                     Args &&...args) {
    return trusted(
        fmt::vformat(static_cast<fmt::string_view>(format),
                     fmt::make_format_args(text_detail::FormatArgOf<Args>::get(args)...)));
  }

  Text &operator+=(const Text &other);
  Text &operator+=(const Untrusted &other) { return *this += Text(other); }
  friend Text operator+(Text left, const Text &right) { return left += right; }
  friend Text operator+(Text left, const Untrusted &right) { return left += right; }

  [[nodiscard]] bool empty() const { return m_text.empty(); }
  // The columns it takes on a terminal (utf8::width).
  [[nodiscard]] std::size_t width() const;
  // This text as a terminal with `charset` shows it. In ASCII, each character outside
  // ASCII becomes its fallback ("…" "...", "·" "-", "→" "->", "█" "#") or "?".
  [[nodiscard]] Text in(Charset charset) const;
  // Cut to at most `columns` columns (of its text in `charset`), ending in "…" (or
  // "..." in ASCII) when cut.
  [[nodiscard]] Text truncated(std::size_t columns, Charset charset) const;
  // Padded with spaces to `columns` columns.
  [[nodiscard]] Text padded_right(std::size_t columns) const;
  [[nodiscard]] Text padded_left(std::size_t columns) const;

  // The text in UTF-8, to measure, compare and test. To show it, print it through an
  // Output, which writes it in the terminal's charset.
  [[nodiscard]] const std::string &utf8() const { return m_text; }

  bool operator==(const Text &) const = default;

private:
  struct Safe {};
  Text(Safe /*already sanitised*/, std::string text) : m_text(std::move(text)) {}

  std::string m_text;
};

// `text` (valid UTF-8) with each character outside ASCII replaced by its ASCII
// fallback, or "?" when it has none.
std::string to_ascii(std::string_view text);

} // namespace knead
