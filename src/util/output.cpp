#include "util/output.hpp"

#include "util/json.hpp"
#include "util/wrap.hpp"

#include <algorithm>
#include <functional>
#include <streambuf>
#include <string_view>
#include <utility>

namespace knead {
namespace {

// The streambuf behind Output's streams: it gathers what is written and, at each
// line break and flush, hands the whole characters gathered so far to `emit`, which
// renders them as Text. A character cut between two writes waits for its end. A
// flush (std::flush, std::endl) also flushes the file, so that a prompt without a
// line break is on screen before the answer is read.
class TextBuffer final : public std::streambuf {
public:
  TextBuffer(std::function<void(const Text &)> emit, std::function<void()> flush)
      : m_emit(std::move(emit)), m_flush(std::move(flush)) {}

protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) {
      m_pending += static_cast<char>(c);
      if (c == '\n') {
        emit_whole_characters();
      }
    }
    return traits_type::not_eof(c);
  }

  std::streamsize xsputn(const char *text, std::streamsize count) override {
    m_pending.append(text, static_cast<std::size_t>(count));
    if (std::string_view(text, static_cast<std::size_t>(count)).find('\n') !=
        std::string_view::npos) {
      emit_whole_characters();
    }
    return count;
  }

  int sync() override {
    emit_whole_characters();
    m_flush();
    return 0;
  }

private:
  void emit_whole_characters() {
    // The start of a last character that is not yet complete, if any.
    std::size_t end = m_pending.size();
    std::size_t lead = end;
    while (lead > 0 && end - lead < 4 &&
           (static_cast<unsigned char>(m_pending[lead - 1]) & 0xC0U) == 0x80U) {
      --lead;
    }
    if (lead > 0) {
      const auto byte = static_cast<unsigned char>(m_pending[lead - 1]);
      const std::size_t needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
      if (byte >= 0xC0 && end - (lead - 1) < needed) {
        end = lead - 1;
      }
    }
    if (end == 0) {
      return;
    }
    m_emit(Text::trusted(std::string_view(m_pending).substr(0, end)));
    m_pending.erase(0, end);
  }

  std::function<void(const Text &)> m_emit;
  std::function<void()> m_flush;
  std::string m_pending;
};

void put(std::FILE *file, std::string_view bytes) {
  if (!bytes.empty()) {
    std::fwrite(bytes.data(), 1, bytes.size(), file);
  }
}

} // namespace

bool use_color(ColorMode mode, bool is_tty, const char *no_color, const char *term) {
  if (mode != ColorMode::automatic) {
    return mode == ColorMode::always;
  }
  const bool dumb = term == nullptr || std::string_view(term) == "dumb";
  const bool no_color_set = no_color != nullptr && *no_color != '\0';
  return is_tty && !dumb && !no_color_set;
}

Output::Output(Settings settings)
    : m_settings(std::move(settings)),
      m_human_buffer(std::make_unique<TextBuffer>([this](const Text &text) { print(text); },
                                                  [this] { std::fflush(human_file()); })),
      m_error_buffer(
          std::make_unique<TextBuffer>([this](const Text &text) { print_to_stderr(text); },
                                       [this] { std::fflush(m_settings.err); })),
      m_human_stream(std::make_unique<std::ostream>(m_human_buffer.get())),
      m_error_stream(std::make_unique<std::ostream>(m_error_buffer.get())) {}

Output::~Output() {
  m_human_stream->flush();
  m_error_stream->flush();
}

std::string Output::render(const Text &text) const {
  return text.in(m_settings.charset).utf8();
}

std::string Output::render_json(std::string_view document) const {
  return utf8() ? std::string(document) : json::ascii_escaped(document);
}

void Output::write(std::FILE *file, const Text &text) {
  if (utf8()) {
    put(file, text.utf8());
  } else {
    put(file, render(text));
  }
}

void Output::print(const Text &text) {
  write(human_file(), text);
}

void Output::print_wrapped(const Text &text) {
  // Rendered first: in ASCII a character may take several columns.
  const auto width = static_cast<std::size_t>(std::max(this->width(), 1));
  write(human_file(), Text::trusted(wrap_lines(render(text), width)));
}

void Output::print_to_stderr(const Text &text) {
  write(m_settings.err, text);
}

namespace {

// The SGR sequence that starts `style` (clang's colours), or nothing for plain text.
std::string_view sgr(Style style) {
  switch (style) {
  case Style::plain:
    return "";
  case Style::emphasis:
    return "\x1b[1m";
  case Style::error:
    return "\x1b[1;31m";
  case Style::warning:
    return "\x1b[1;35m";
  case Style::note:
    return "\x1b[1;36m";
  case Style::gutter:
    return "\x1b[34m";
  case Style::marker:
    return "\x1b[1;32m";
  case Style::fixit:
    return "\x1b[32m";
  }
  return "";
}

} // namespace

void Output::print_to_stderr(const StyledText &text) {
  if (!m_settings.error_color) {
    write(m_settings.err, text.plain());
    return;
  }
  // Each piece is Text, so the only control sequences written are these.
  for (const auto &[style, piece] : text.parts()) {
    const auto start = sgr(style);
    if (start.empty() || piece.empty()) {
      write(m_settings.err, piece);
      continue;
    }
    put(m_settings.err, start);
    write(m_settings.err, piece);
    put(m_settings.err, "\x1b[0m");
  }
}

void Output::warning(const Text &message) {
  if (m_warnings_shown) {
    m_held_warnings.push_back(message);
    m_warnings_shown(message);
    return;
  }
  write(m_settings.err, "knead: warning: " + message + "\n");
  std::fflush(m_settings.err);
}

void Output::hold_warnings(std::function<void(const Text &message)> shown) {
  m_warnings_shown = std::move(shown);
}

void Output::release_warnings() {
  m_warnings_shown = nullptr;
  auto held = std::move(m_held_warnings);
  m_held_warnings.clear();
  for (const auto &message : held) {
    warning(message);
  }
}

void Output::error(const Text &message) noexcept {
  try {
    write(m_settings.err, "knead: error: " + message + "\n");
    std::fflush(m_settings.err);
  } catch (...) { // NOLINT(bugprone-empty-catch): nowhere left to report to
  }
}

void Output::print_json(std::string_view document) {
  if (utf8()) {
    put(m_settings.out, document);
  } else {
    put(m_settings.out, json::ascii_escaped(document));
  }
}

void Output::flush() {
  m_human_stream->flush();
  m_error_stream->flush();
  std::fflush(m_settings.out);
  std::fflush(m_settings.err);
}

} // namespace knead
