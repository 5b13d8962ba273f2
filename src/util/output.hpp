#pragma once

#include "util/styled.hpp"
#include "util/text.hpp"

#include <cstdio>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace knead {

// `--color`: always, never, or auto (the default).
enum class ColorMode { automatic, always, never };

// Whether to colour: `mode` when it is always or never; for auto, only on a
// terminal (`is_tty`), without NO_COLOR set to anything (`no_color`, as getenv gives
// it) and with a TERM other than "dumb" (https://no-color.org).
bool use_color(ColorMode mode, bool is_tty, const char *no_color, const char *term);

// Where a part of the core that must not stop for a problem reports it: one
// warning, without the "knead: warning: " that Output::warning puts in front.
using WarningSink = std::function<void(const Text &message)>;

// Where the program's text goes, and how. Built once by cli::run_app from the
// terminal it finds (ui/terminal_output.hpp) and passed down to every command, as
// ninja's LinePrinter is: it knows where human text goes (stdout, or stderr once
// stdout carries data), whether the terminal takes UTF-8, whether to colour and how
// wide the terminal is. It prints only Text, so untrusted text reaches the terminal
// sanitised, and in ASCII where the terminal takes no UTF-8: every byte it writes
// is then below 0x80.
class Output {
public:
  struct Settings {
    std::FILE *out = stdout;
    std::FILE *err = stderr;
    Charset charset = Charset::utf8;
    bool color = false;       // colour on `out`
    bool error_color = false; // colour on `err` (diagnostics), decided alike for stderr
    int width = 80;           // columns of the terminal on `out`; COLUMNS or 80 when it is none
    // The terminal's columns now, when `out` is one: a person may resize it while a
    // command waits for an answer. Empty: `width` is all there is.
    std::function<int()> measure_width = {};
  };

  explicit Output(Settings settings);
  Output(const Output &) = delete;
  Output &operator=(const Output &) = delete;
  Output(Output &&) = delete;
  Output &operator=(Output &&) = delete;
  ~Output();

  // Text for the person: on stdout, or on stderr once stdout carries data.
  void print(const Text &text);
  // print(), each line wider than the terminal word-wrapped to it (util/wrap.hpp's
  // wrap_lines: list items and hints keep a hanging indent), as it is measured in the
  // terminal's charset. For everything printed as lines for a person to read; not
  // for what a program reads (CSV, templates, scripts, completions).
  void print_wrapped(const Text &text);
  // Text that is not the command's output: diagnostics beside it, questions.
  void print_to_stderr(const Text &text);
  // Styled text on stderr (diagnostics), in colour when stderr takes it.
  void print_to_stderr(const StyledText &text);
  // "knead: warning: <message>" and a line break, on stderr.
  void warning(const Text &message);
  // While a live screen covers the terminal, a warning written to stderr would be
  // drawn over it and gone when the screen is left. From now on each warning is
  // kept and handed to `shown` (which puts it on a line of the screen) instead.
  void hold_warnings(std::function<void(const Text &message)> shown);
  // Ends hold_warnings and prints each warning kept meanwhile, in order, on stderr:
  // once the screen has gone, so that the person still reads them.
  void release_warnings();
  // warning(), for the parts of the core that take a WarningSink.
  WarningSink warning_sink() {
    return [this](const Text &message) { warning(message); };
  }
  // "knead: error: <message>" and a line break, on stderr. Never throws: it is
  // called from catch blocks, where stderr may be gone too (2>/dev/full).
  void error(const Text &message) noexcept;
  // A JSON document made by util/json, on stdout. Where the terminal takes no UTF-8,
  // each character outside ASCII is written as \uXXXX: the same JSON.
  void print_json(std::string_view document);
  // From now on stdout carries data (`knead run --events -`), and text for the
  // person goes to stderr.
  void give_stdout_to_data() { m_stdout_is_data = true; }
  void flush();

  // Streams for code that writes line by line (the line prompts, CLI11's help).
  // What is written is rendered as the Text it would make: sanitised, in the
  // terminal's charset. `human_stream` follows print() (stdout or stderr).
  std::ostream &human_stream() { return *m_human_stream; }
  std::ostream &error_stream() { return *m_error_stream; }

  // `text` as the bytes this terminal is sent, for writers that add their own
  // control sequences around it (the live screen).
  [[nodiscard]] std::string render(const Text &text) const;
  // `document` (JSON from util/json) as this terminal is sent it.
  [[nodiscard]] std::string render_json(std::string_view document) const;

  [[nodiscard]] Charset charset() const { return m_settings.charset; }
  [[nodiscard]] bool utf8() const { return m_settings.charset == Charset::utf8; }
  [[nodiscard]] bool color() const { return m_settings.color; }
  void set_color(bool color) {
    m_settings.color = color;
    m_settings.error_color = color;
  }
  [[nodiscard]] bool error_color() const { return m_settings.error_color; }
  [[nodiscard]] int width() const {
    const int now = m_settings.measure_width ? m_settings.measure_width() : 0;
    return now > 0 ? now : m_settings.width;
  }
  // Where print() writes now.
  [[nodiscard]] std::FILE *human_file() const {
    return m_stdout_is_data ? m_settings.err : m_settings.out;
  }
  [[nodiscard]] std::FILE *error_file() const { return m_settings.err; }

private:
  void write(std::FILE *file, const Text &text);

  Settings m_settings;
  bool m_stdout_is_data = false;
  std::function<void(const Text &)> m_warnings_shown; // set while warnings are held
  std::vector<Text> m_held_warnings;
  std::unique_ptr<std::streambuf> m_human_buffer;
  std::unique_ptr<std::streambuf> m_error_buffer;
  std::unique_ptr<std::ostream> m_human_stream;
  std::unique_ptr<std::ostream> m_error_stream;
};

} // namespace knead
