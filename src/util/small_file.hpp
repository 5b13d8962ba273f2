#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace knead::files {

// Why a file could not be read. Callers word it for their own kind of file.
struct ReadProblem {
  enum class Kind {
    missing,    // no such file (or a folder on the way is missing)
    unreadable, // open() or read() failed: `error` holds errno
    directory,  // a folder where a file should be
    not_a_file, // a FIFO, a device or a socket where a file should be
    too_large,  // over the limit: `size` bytes, or 0 when unknown (a pipe)
  };
  Kind kind = Kind::unreadable;
  int error = 0;
  std::uintmax_t size = 0;
};

// What may stand where a file is read: a regular file only, or also a pipe that is
// already open for writing (`knead check /dev/stdin`, `--answers <(…)`).
enum class Accept { regular_file, regular_file_or_pipe };

// Checks that `path` is something knead may read without waiting: it is opened with
// O_NONBLOCK (so a FIFO nobody writes to, or a device, cannot block the open) and
// fstat()ed before anything is read. Nothing when it may be read.
std::optional<ReadProblem> check_readable(const std::filesystem::path &path,
                                          Accept accept = Accept::regular_file);

// The contents of `path`, at most `limit` bytes, or why not. A regular file's size is
// checked before reading; a pipe is read one byte past the limit and no further.
// A named FIFO without a writer reads as empty at once instead of waiting for one.
struct ReadResult {
  std::optional<std::string> text;
  ReadProblem problem; // meaningful only without `text`
};
ReadResult read_small_file(const std::filesystem::path &path, std::size_t limit,
                           Accept accept = Accept::regular_file);

// One phrase for a problem, for messages that need no special wording:
// "No such file or directory", "Permission denied", "it is a directory, not a file",
// "it is not a regular file (a FIFO, a device or a socket)", "it is too large
// (2000000 bytes; the limit is 65536)".
std::string describe(const ReadProblem &problem, std::size_t limit = 0);

} // namespace knead::files
