#include "util/process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <ctime>

extern char **environ; // NOLINT(readability-redundant-declaration): POSIX gives no header

namespace knead::process {
namespace {

// Children started by spawn_detached and spawn_background and not yet collected.
// Only the session's thread starts and collects them; speech is rendered ahead on
// another thread through run(), which waits for its own child only.
std::vector<pid_t> &detached() {
  static std::vector<pid_t> children;
  return children;
}

// Collects `pid` if it has exited; true when it is gone.
bool collect(pid_t pid) {
  int status = 0;
  const pid_t done = ::waitpid(pid, &status, WNOHANG);
  return done == pid || (done < 0 && errno == ECHILD);
}

// posix_spawnp wants a mutable, null-terminated char* array that lives as long as
// the call; `argv` owns the strings.
std::vector<char *> to_c_argv(const std::vector<std::string> &argv) {
  std::vector<char *> pointers;
  pointers.reserve(argv.size() + 1);
  for (const auto &arg : argv) {
    pointers.push_back(const_cast<char *>(arg.c_str())); // NOLINT: posix_spawn's signature
  }
  pointers.push_back(nullptr);
  return pointers;
}

// What every child starts with: the signals knead itself ignores (SIGPIPE, SIGXFSZ)
// back at their defaults, and none blocked (a child started while knead holds the
// ending signals back must still end on them). A signal the parent of knead set to
// be ignored (nohup's SIGHUP) stays ignored, as exec keeps it. With `own_group`, the
// child leads a process group of its own.
void init_attributes(posix_spawnattr_t &attributes, bool own_group) {
  posix_spawnattr_init(&attributes);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  sigaddset(&defaults, SIGXFSZ);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  short flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
  if (own_group) {
    flags |= POSIX_SPAWN_SETPGROUP;
    posix_spawnattr_setpgroup(&attributes, 0);
  }
  posix_spawnattr_setflags(&attributes, flags);
}

// A child gets stdin, stdout and stderr and nothing else: not the --events file, not
// the history's SQLite file, not a pipe of knead's, however they were opened (a
// player that hangs would otherwise hold a reader of --events waiting for its end).
void close_the_rest(posix_spawn_file_actions_t &actions) {
  posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
}

int exit_code_of(int status) {
  if (WIFEXITED(status)) {
    return WEXITSTATUS(status);
  }
  if (WIFSIGNALED(status)) {
    return 128 + WTERMSIG(status);
  }
  return -1;
}

// A spawn whose program does not exist still forks; the child then exits 127.
// Checking PATH first lets callers tell "not installed" from "failed".
bool executable(const std::string &path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
         ::access(path.c_str(), X_OK) == 0;
}

} // namespace

bool is_available(const std::string &program) {
  if (program.empty()) {
    return false;
  }
  if (program.find('/') != std::string::npos) {
    return executable(program);
  }
  const char *path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    auto end = dirs.find(':', start);
    if (end == std::string::npos) {
      end = dirs.size();
    }
    // An empty entry of PATH means the current folder.
    std::string candidate = end > start ? dirs.substr(start, end - start) : std::string(".");
    candidate += '/';
    candidate += program;
    if (executable(candidate)) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

std::optional<Result> run(const std::vector<std::string> &argv, bool capture_stdout, bool quiet,
                          const std::function<void(int)> &started) {
  if (argv.empty() || !is_available(argv.front())) {
    return std::nullopt;
  }
  std::array<int, 2> pipe_fds{-1, -1};
  if (capture_stdout && ::pipe2(pipe_fds.data(), O_CLOEXEC) != 0) {
    return std::nullopt;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (capture_stdout) {
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  }
  if (quiet) {
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  }
  close_the_rest(actions);
  posix_spawnattr_t attributes;
  init_attributes(attributes, static_cast<bool>(started));
  auto c_argv = to_c_argv(argv);
  pid_t pid = 0;
  const int spawned =
      ::posix_spawnp(&pid, c_argv[0], &actions, &attributes, c_argv.data(), environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned == 0 && started) {
    started(pid);
  }

  Result result;
  if (capture_stdout) {
    ::close(pipe_fds[1]);
    if (spawned == 0) {
      std::array<char, 4096> buffer{};
      for (;;) {
        const auto count = ::read(pipe_fds[0], buffer.data(), buffer.size());
        if (count > 0) {
          result.output.append(buffer.data(), static_cast<std::size_t>(count));
        } else if (count == 0 || errno != EINTR) {
          break;
        }
      }
    }
    ::close(pipe_fds[0]);
  }
  if (spawned != 0) {
    return std::nullopt;
  }
  if (started) {
    // Until it is collected its pid cannot be reused: tell the caller it is over first,
    // so that a kill from another thread never reaches a stranger.
    siginfo_t info{};
    while (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 &&
           errno == EINTR) {
    }
    started(-1);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return std::nullopt;
    }
  }
  result.exit_code = exit_code_of(status);
  return result;
}

bool spawn_detached(const std::vector<std::string> &argv) {
  return spawn_background(argv).has_value();
}

std::optional<int> spawn_background(const std::vector<std::string> &argv) {
  if (argv.empty() || !is_available(argv.front())) {
    return std::nullopt;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  close_the_rest(actions);
  // Its own process group: a Ctrl-C meant for knead must not cut a cue short
  // mid-word, and the cue must not keep the terminal's foreground group.
  posix_spawnattr_t attributes;
  init_attributes(attributes, true);
  auto c_argv = to_c_argv(argv);
  pid_t pid = 0;
  const int spawned =
      ::posix_spawnp(&pid, c_argv[0], &actions, &attributes, c_argv.data(), environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    return std::nullopt;
  }
  detached().push_back(pid);
  return pid;
}

bool has_exited(int pid) {
  auto &children = detached();
  const auto found = std::find(children.begin(), children.end(), pid);
  if (found == children.end()) {
    return true; // collected already
  }
  if (!collect(pid)) {
    return false;
  }
  children.erase(found);
  return true;
}

void kill_child(int pid) {
  if (!has_exited(pid)) {
    ::kill(-pid, SIGKILL); // its group: the player and anything it started
  }
}

void end_background(std::chrono::milliseconds grace) {
  auto &children = detached();
  const auto until = std::chrono::steady_clock::now() + grace;
  while (!children.empty() && std::chrono::steady_clock::now() < until) {
    reap_finished();
    if (!children.empty()) {
      constexpr timespec k_poll{0, 10'000'000}; // 10 ms
      ::nanosleep(&k_poll, nullptr);
    }
  }
  for (const pid_t pid : children) {
    ::kill(-pid, SIGKILL); // its group: the player and anything it started
  }
  for (const pid_t pid : children) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  children.clear();
}

int reap_finished() {
  // A live screen calls this on every wake; with no cue playing, that is a syscall
  // (and about 10 µs) saved each second.
  auto &children = detached();
  const auto before = children.size();
  std::erase_if(children, [](pid_t pid) { return collect(pid); });
  return static_cast<int>(before - children.size());
}

} // namespace knead::process
