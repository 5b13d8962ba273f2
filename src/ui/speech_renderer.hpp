#pragma once

#include "session/clock.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace knead::ui {

// A phrase rendered to a WAV file, and how long it plays.
struct Rendered {
  std::filesystem::path path;
  session::Ms length{0};
};

// Renders phrases to WAV files ahead of their time, on a thread of its own (the
// speech program runs once per phrase, by argv, and is waited for there), so that at
// a cue's moment only a player has to start. Begun while the safety questions are
// asked; a phrase rendered by an earlier session (same command, same words) is
// reused. The session thread only asks find(), which never waits for the renderer.
class SpeechRenderer {
public:
  // `command` is an argv template with {text} and {wav} (voice::fill_template).
  SpeechRenderer(std::filesystem::path folder, std::vector<std::string> command);
  SpeechRenderer(const SpeechRenderer &) = delete;
  SpeechRenderer &operator=(const SpeechRenderer &) = delete;
  SpeechRenderer(SpeechRenderer &&) = delete;
  SpeechRenderer &operator=(SpeechRenderer &&) = delete;
  // Stops at once: the speech program rendering a phrase is killed (with its process
  // group), so one that hangs never delays knead's exit.
  ~SpeechRenderer();

  // Adds phrases to render, in order; each once.
  void render(const std::vector<std::string> &phrases);
  // The rendered file of `phrase`, when it is ready.
  [[nodiscard]] std::optional<Rendered> find(const std::string &phrase) const;
  // How many phrases wait to be rendered (for tests and the benchmark).
  [[nodiscard]] std::size_t waiting() const;
  // Blocks until every phrase asked so far is rendered or failed, or `limit` has
  // passed; true when all are done.
  bool wait_idle(std::chrono::milliseconds limit) const;

private:
  void work();

  std::filesystem::path m_folder;
  std::vector<std::string> m_command;
  mutable std::mutex m_mutex;
  mutable std::condition_variable m_changed;
  std::deque<std::string> m_todo;
  std::set<std::string> m_asked;
  std::map<std::string, Rendered> m_done;
  bool m_busy = false;
  bool m_stop = false;
  int m_child = -1;     // the speech program rendering a phrase now, if any
  std::thread m_thread; // last: started once the rest exists
};

} // namespace knead::ui
