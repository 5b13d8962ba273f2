#include "config/loader.hpp"

#include "routine/duration.hpp"
#include "routine/name.hpp"
#include "routine/scaffold.hpp"
#include "routine/suggest.hpp"
#include "routine/table_reader.hpp"
#include "routine/text_position.hpp"
#include "routine/toml_parse.hpp"
#include "util/argv_template.hpp"
#include "util/sanitize.hpp"
#include "util/small_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <span>

namespace knead::config {
namespace {

using routine::DiagnosticSink;
using routine::SourcePosition;

// Refuses what is not a configuration file at all before toml++ sees it, as the
// routine loader does: binary data, invalid UTF-8, nesting deep enough to overflow
// the parser's stack. An empty file is fine: it sets nothing.
bool check_plain_text(std::string_view text, DiagnosticSink &sink) {
  if (text.size() > k_max_config_bytes) {
    sink.error({},
               fmt::format("the file is too large ({} bytes; the limit is 64 KiB)", text.size()),
               "a configuration file is a few lines of text: is this the right file?");
    return false;
  }
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    sink.error(routine::position_at(text, nul),
               "this is not a configuration file: it contains binary data",
               "the configuration is TOML text; 'knead config --init' writes a commented one");
    return false;
  }
  if (const auto unsafe = find_unsafe_text(text);
      unsafe && unsafe->kind == UnsafeKind::invalid_utf8) {
    sink.error(routine::position_at(text, unsafe->offset),
               fmt::format("the file contains {}", describe(*unsafe)),
               "save the file as UTF-8 text");
    return false;
  }
  return routine::check_nesting(text, sink,
                                "the configuration is a list of keys such as voice = true");
}

// Reads the settings that are one of a few words (sound, color).
std::optional<std::string> read_word(routine::TableReader &reader, DiagnosticSink &sink,
                                     const routine::KeyPositions &positions, std::string_view key,
                                     std::span<const std::string_view> words) {
  auto value = reader.text(key);
  if (!value) {
    return std::nullopt;
  }
  if (std::find(words.begin(), words.end(), *value) == words.end()) {
    sink.error(
        routine::position_of(positions, key, {}),
        fmt::format("\"{}\" must be one of {}, not \"{}\"", key, routine::join_words(words),
                    *value),
        routine::did_you_mean(*value, words, fmt::format("write {} = \"{}\"", key, words.front())));
    return std::nullopt;
  }
  return value;
}

// The speech command: a list of arguments, the program first, that holds {text} or
// {wav} somewhere (else the words would never reach it) and no placeholder knead
// does not fill in.
std::optional<std::vector<std::string>> read_voice_command(routine::TableReader &reader,
                                                           DiagnosticSink &sink,
                                                           const routine::KeyPositions &positions) {
  constexpr std::string_view k_key = "voice_command";
  std::vector<SourcePosition> at;
  auto argv = reader.text_list(k_key, &at);
  if (!argv) {
    return std::nullopt;
  }
  const auto where = routine::position_of(positions, k_key, {});
  if (argv->empty()) {
    sink.error(where, "\"voice_command\" is empty",
               "name the program and its arguments, such as [\"espeak-ng\", \"{text}\"], or "
               "remove the line to use espeak-ng or spd-say");
    return std::nullopt;
  }
  bool usable = true;
  for (std::size_t i = 0; i < argv->size(); ++i) {
    const auto &element = (*argv)[i];
    for (const auto &placeholder : argv_template::find_placeholders(element)) {
      const auto known = std::find(k_voice_placeholders.begin(), k_voice_placeholders.end(),
                                   placeholder.name) != k_voice_placeholders.end();
      if (!known) {
        sink.error(
            routine::string_char_position(sink.text, at[i], placeholder.offset),
            fmt::format("unknown placeholder \"{{{}}}\" in \"voice_command\"", placeholder.name),
            routine::did_you_mean(placeholder.name, k_voice_placeholders,
                                  "the placeholders are {text}, {wav} and {rate}"));
        usable = false;
      }
    }
  }
  const auto &program = argv->front();
  if (program.empty() || !argv_template::find_placeholders(program).empty()) {
    sink.error(at.front(), "the first entry of \"voice_command\" must name the program",
               "such as [\"espeak-ng\", \"{text}\"]");
    usable = false;
  }
  if (!argv_template::uses(*argv, "text") && !argv_template::uses(*argv, "wav")) {
    sink.error(where, "\"voice_command\" has no {text} or {wav}",
               "put {text} where the words go, such as [\"espeak-ng\", \"--\", \"{text}\"]");
    usable = false;
  }
  return usable ? argv : std::nullopt;
}

std::optional<int> read_voice_rate(routine::TableReader &reader, DiagnosticSink &sink,
                                   const routine::KeyPositions &positions) {
  const auto rate = reader.integer("voice_rate");
  if (!rate) {
    return std::nullopt;
  }
  if (*rate < k_min_voice_rate || *rate > k_max_voice_rate) {
    sink.error(routine::position_of(positions, "voice_rate", {}),
               fmt::format("\"voice_rate\" must be from {} to {} words per minute, not {}",
                           k_min_voice_rate, k_max_voice_rate, *rate),
               fmt::format("{} is espeak-ng's usual speed", k_default_voice_rate));
    return std::nullopt;
  }
  return static_cast<int>(*rate);
}

std::optional<std::string> read_routine(routine::TableReader &reader, DiagnosticSink &sink,
                                        const routine::KeyPositions &positions) {
  auto name = reader.text("routine");
  if (!name) {
    return std::nullopt;
  }
  if (!routine::is_routine_path(*name) && !routine::is_routine_id(*name)) {
    sink.error(routine::position_of(positions, "routine", {}),
               fmt::format("\"routine\" must be a routine id or a file, not \"{}\"", *name),
               "an id such as \"lower-back\" ('knead list' shows them), or a path ending in .toml");
    return std::nullopt;
  }
  return name;
}

// The terminal for "Start now": a list of arguments, the program first.
std::optional<std::vector<std::string>> read_terminal(routine::TableReader &reader,
                                                      DiagnosticSink &sink,
                                                      const routine::KeyPositions &positions) {
  auto argv = reader.text_list("terminal");
  if (!argv) {
    return std::nullopt;
  }
  if (argv->empty() || argv->front().empty()) {
    sink.error(routine::position_of(positions, "terminal", {}),
               "\"terminal\" must name the program first",
               "such as [\"foot\", \"-e\"]: 'knead run ROUTINE' is added after it");
    return std::nullopt;
  }
  return argv;
}

// The get-ready: a duration from 0s to a minute, as a routine's `ready`.
std::optional<std::chrono::seconds> read_ready(routine::TableReader &reader, DiagnosticSink &sink,
                                               const routine::KeyPositions &positions) {
  const auto ready = reader.duration("ready");
  if (!ready) {
    return std::nullopt;
  }
  if (*ready > routine::k_max_ready) {
    sink.error(routine::position_of(positions, "ready", {}),
               fmt::format("\"ready\" is too long: {} is more than {}",
                           routine::format_duration(*ready),
                           routine::format_duration(routine::k_max_ready)),
               "a get-ready lasts from 0s to 1m: ready = \"5s\"");
    return std::nullopt;
  }
  return ready;
}

// Lays the values written in `root` over the defaults in `settings`.
void read_settings(const toml::table &root, DiagnosticSink &sink, Settings &settings) {
  routine::KeyPositions positions;
  routine::TableReader reader(root, sink, positions);
  reader.set_unsafe_text_hint("write the setting as plain text, without control characters, "
                              "escape sequences or direction overrides");
  reader.check_keys(k_keys);
  const auto line = [&positions](std::string_view key) {
    return routine::position_of(positions, key, {}).line;
  };
  const auto set = [&line](auto &setting, std::string_view key, auto value) {
    if (value) {
      setting.set_from_file(std::move(*value), line(key));
    }
  };
  set(settings.voice, "voice", reader.boolean("voice"));
  set(settings.voice_command, "voice_command", read_voice_command(reader, sink, positions));
  set(settings.voice_rate, "voice_rate", read_voice_rate(reader, sink, positions));
  set(settings.sound, "sound", read_word(reader, sink, positions, "sound", k_sound_modes));
  set(settings.bell, "bell", reader.boolean("bell"));
  set(settings.notify, "notify", reader.boolean("notify"));
  set(settings.hands_free, "hands_free", reader.boolean("hands_free"));
  set(settings.routine, "routine", read_routine(reader, sink, positions));
  set(settings.color, "color", read_word(reader, sink, positions, "color", k_color_modes));
  set(settings.terminal, "terminal", read_terminal(reader, sink, positions));
  set(settings.ready, "ready", read_ready(reader, sink, positions));
}

routine::Diagnostic file_problem(const std::filesystem::path &path, std::string message,
                                 std::string hint = {}) {
  return {.file = path.string(), .message = std::move(message), .hint = std::move(hint)};
}

} // namespace

ConfigResult parse_config(std::string_view text, std::string_view source_name) {
  DiagnosticSink sink{text, std::string(source_name), {}, {}, {}, {}};
  ConfigResult result;
  result.found = true;
  if (check_plain_text(text, sink)) {
    if (const auto root = routine::parse_toml(text, sink)) {
      read_settings(*root, sink, result.settings);
    }
  }
  std::stable_sort(sink.diagnostics.begin(), sink.diagnostics.end(),
                   [](const routine::Diagnostic &a, const routine::Diagnostic &b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
  result.diagnostics = std::move(sink.diagnostics);
  if (!result.ok()) {
    result.settings = {}; // a broken file sets nothing: the caller must not go on with half
  }
  return result;
}

ConfigResult load_config_file(const std::filesystem::path &path) {
  ConfigResult result;
  // Opened without blocking and checked to be a regular file first: a FIFO or a
  // device in its place must not hang every command.
  auto read = files::read_small_file(path, k_max_config_bytes);
  if (read.text) {
    result.found = true;
    return parse_config(*read.text, path.string());
  }
  using Kind = files::ReadProblem::Kind;
  switch (read.problem.kind) {
  case Kind::missing:
    return result;
  case Kind::directory:
    result.diagnostics.push_back(file_problem(path, "cannot open: it is a directory, not a file",
                                              "the configuration is a file named config.toml"));
    break;
  case Kind::not_a_file:
    result.diagnostics.push_back(file_problem(path, "cannot open: " + files::describe(read.problem),
                                              "the configuration is a file named config.toml"));
    break;
  case Kind::too_large:
    result.diagnostics.push_back(file_problem(
        path,
        fmt::format("the file is too large ({} bytes; the limit is 64 KiB)", read.problem.size),
        "a configuration file is a few lines of text: is this the right file?"));
    break;
  case Kind::unreadable:
    result.diagnostics.push_back(
        file_problem(path, "cannot open: " + files::describe(read.problem)));
    break;
  }
  result.found = true;
  return result;
}

} // namespace knead::config
