#include "util/small_file.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace knead::files {
namespace {

// Closes the descriptor on every way out.
class Descriptor {
public:
  explicit Descriptor(int fd) : m_fd(fd) {}
  Descriptor(const Descriptor &) = delete;
  Descriptor &operator=(const Descriptor &) = delete;
  Descriptor(Descriptor &&) = delete;
  Descriptor &operator=(Descriptor &&) = delete;
  ~Descriptor() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  [[nodiscard]] int get() const { return m_fd; }

private:
  int m_fd;
};

ReadProblem problem(ReadProblem::Kind kind, int error = 0) {
  ReadProblem result;
  result.kind = kind;
  result.error = error;
  return result;
}

// Opens without blocking and says what is there: the descriptor, or the problem.
// O_NONBLOCK is what keeps open() from waiting for a FIFO's writer; O_NOCTTY keeps a
// terminal named here from becoming ours.
std::optional<ReadProblem> open_checked(const std::filesystem::path &path, Accept accept, int &fd,
                                        struct stat &info) {
  fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) {
      return problem(ReadProblem::Kind::missing, error);
    }
    if (error == ENXIO) { // a socket
      return problem(ReadProblem::Kind::not_a_file, error);
    }
    return problem(ReadProblem::Kind::unreadable, error);
  }
  if (::fstat(fd, &info) != 0) {
    return problem(ReadProblem::Kind::unreadable, errno);
  }
  if (S_ISDIR(info.st_mode)) {
    return problem(ReadProblem::Kind::directory);
  }
  const bool pipe_ok = accept == Accept::regular_file_or_pipe && S_ISFIFO(info.st_mode);
  if (!S_ISREG(info.st_mode) && !pipe_ok) {
    return problem(ReadProblem::Kind::not_a_file);
  }
  return std::nullopt;
}

} // namespace

std::optional<ReadProblem> check_readable(const std::filesystem::path &path, Accept accept) {
  int fd = -1;
  struct stat info {};
  auto result = open_checked(path, accept, fd, info);
  const Descriptor closer(fd);
  return result;
}

ReadResult read_small_file(const std::filesystem::path &path, std::size_t limit, Accept accept) {
  ReadResult result;
  int fd = -1;
  struct stat info {};
  auto opened = open_checked(path, accept, fd, info);
  const Descriptor closer(fd);
  if (opened) {
    result.problem = *opened;
    return result;
  }
  if (S_ISREG(info.st_mode) && static_cast<std::uintmax_t>(info.st_size) > limit) {
    result.problem = problem(ReadProblem::Kind::too_large);
    result.problem.size = static_cast<std::uintmax_t>(info.st_size);
    return result;
  }
  // Read at most one byte past the limit, so a pipe (or a file that grows) cannot
  // make us read forever.
  std::string text;
  std::array<char, 8192> buffer{};
  while (text.size() <= limit) {
    const auto got = ::read(fd, buffer.data(), buffer.size());
    if (got > 0) {
      text.append(buffer.data(), static_cast<std::size_t>(got));
      continue;
    }
    if (got == 0) {
      break;
    }
    if (errno == EINTR) {
      continue;
    }
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      // A pipe whose writer has not written yet: wait for it as any reader of a
      // pipe does (a FIFO without a writer never gets here: it reads as ended).
      pollfd wanted{fd, POLLIN, 0};
      if (::poll(&wanted, 1, -1) < 0 && errno != EINTR) {
        result.problem = problem(ReadProblem::Kind::unreadable, errno);
        return result;
      }
      continue;
    }
    result.problem = problem(ReadProblem::Kind::unreadable, errno);
    return result;
  }
  if (text.size() > limit) {
    result.problem = problem(ReadProblem::Kind::too_large); // size unknown
    return result;
  }
  result.text = std::move(text);
  return result;
}

std::string describe(const ReadProblem &problem, std::size_t limit) {
  switch (problem.kind) {
  case ReadProblem::Kind::missing:
  case ReadProblem::Kind::unreadable:
    return std::strerror(problem.error != 0 ? problem.error : EIO);
  case ReadProblem::Kind::directory:
    return "it is a directory, not a file";
  case ReadProblem::Kind::not_a_file:
    return "it is not a regular file (a FIFO, a device or a socket)";
  case ReadProblem::Kind::too_large:
    if (problem.size == 0) {
      return fmt::format("it is too large (over {} bytes; the limit is {})", limit, limit);
    }
    return fmt::format("it is too large ({} bytes; the limit is {})", problem.size, limit);
  }
  return "cannot be read";
}

} // namespace knead::files
