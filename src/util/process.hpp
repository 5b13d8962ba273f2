#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace knead::process {

// Child processes (notify-send, espeak-ng, systemctl, an editor) always get an argv:
// nothing here goes through a shell, so text from a routine can never run as a
// command. `argv[0]` is looked up on PATH.

// Whether `program` is an executable found on PATH (or is a path to one).
bool is_available(const std::string &program);

struct Result {
  int exit_code = -1; // the child's exit status; 128 + N when killed by signal N
  std::string output; // its stdout, when capture was asked for
};

// Runs `argv` and waits for it. With `capture_stdout`, the child's stdout is
// collected into Result::output; otherwise it inherits ours. Its stderr is
// discarded when `quiet`. With `started`, the child leads a process group of its own
// and `started` is told its pid as soon as it runs, and -1 once it has ended but before
// it is collected (so the pid is not reused while the caller holds it): another thread
// can stop a child that hangs (kill(-pid, SIGKILL)) and this call returns. Returns nothing when
// the program cannot be started (not found, not executable). A child never inherits
// a descriptor beyond stdin, stdout and stderr.
std::optional<Result> run(const std::vector<std::string> &argv, bool capture_stdout = false,
                          bool quiet = false, const std::function<void(int)> &started = {});

// Starts `argv` in the background with stdin, stdout and stderr on /dev/null and
// returns at once, so a cue never delays the timer. Returns false when it could not
// be started. Call reap_finished() now and then to collect exited children.
bool spawn_detached(const std::vector<std::string> &argv);

// Like spawn_detached, but returns the child's process id (nothing when it could not
// be started), so the caller can ask whether it still runs and stop it.
std::optional<int> spawn_background(const std::vector<std::string> &argv);

// Whether the background child `pid` has exited (it is collected then). Never blocks.
bool has_exited(int pid);

// Kills the background child `pid` and everything it started (its process group),
// if it has not exited yet; it is collected later, never waited for here.
void kill_child(int pid);

// The end of a session's cues: waits up to `grace` for the background children still
// playing (the last chime, "Session complete"), then kills what is left with its
// process group and collects every one, so none outlives knead.
void end_background(std::chrono::milliseconds grace);

// Collects every background child that has exited, without blocking. Returns how
// many were collected. Only children started here are collected: a child that
// process::run waits for, on another thread, is left to it.
int reap_finished();

} // namespace knead::process
