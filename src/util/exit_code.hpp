#pragma once

namespace knead {

// The exit codes are part of the command-line contract (docs/scripting.md):
// scripts and reminders branch on them, so they never change meaning.
namespace exit_code {
inline constexpr int k_ok = 0;
inline constexpr int k_error = 1;     // bad file, bad input, or "already done" for `due`
inline constexpr int k_usage = 2;     // the command line itself is wrong
inline constexpr int k_stopped = 3;   // screening said this session must not run
inline constexpr int k_quit = 4;      // the person ended the session early
inline constexpr int k_sighup = 129;  // 128 + SIGHUP
inline constexpr int k_sigint = 130;  // 128 + SIGINT
inline constexpr int k_sigterm = 143; // 128 + SIGTERM
} // namespace exit_code

} // namespace knead
