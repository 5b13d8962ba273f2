#include "cli/history_files.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include <charconv>
#include <filesystem>

namespace knead::cli {

std::optional<std::int64_t> parse_session_id(std::string_view text) {
  if (!text.empty() && text.front() == '#') {
    text.remove_prefix(1);
  }
  std::int64_t id = 0;
  const auto *end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, id);
  if (text.empty() || error != std::errc() || stop != end || id < 1) {
    return std::nullopt;
  }
  return id;
}

void check_note(const std::string &text) {
  if (text.find_first_of("\n\r") != std::string::npos) {
    throw UsageError("a note is one line");
  }
  if (text.size() > 1000) {
    throw UsageError("a note is at most 1000 bytes; this one has " + std::to_string(text.size()));
  }
}

history::Store open_history_to_change() {
  const auto path = history::default_history_path();
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    throw Error("no sessions recorded yet (" + path.string() + " does not exist)");
  }
  return history::Store::open_for_writing(path);
}

void throw_no_session(std::int64_t id) {
  throw Error(fmt::format("no session #{}; 'knead log' shows the ids", id));
}

} // namespace knead::cli
