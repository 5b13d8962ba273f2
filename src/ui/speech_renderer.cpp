#include "ui/speech_renderer.hpp"

#include "ui/sound_folder.hpp"
#include "util/process.hpp"
#include "voice/player.hpp"
#include "voice/wav.hpp"

#include <pthread.h>
#include <unistd.h>

#include <csignal>
#include <functional>

namespace knead::ui {

namespace {

// Starts `work` on a thread that blocks every signal: a signal for the process then
// always reaches the session's thread, which catches it through the signal pipe or
// holds it back while the session's end is written (ui/signals.hpp). Taken by this
// thread instead, it would kill knead half-way.
std::thread start_without_signals(std::function<void()> work) {
  sigset_t all;
  sigfillset(&all);
  sigset_t previous;
  pthread_sigmask(SIG_SETMASK, &all, &previous);
  std::thread thread(std::move(work));
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return thread;
}

} // namespace

SpeechRenderer::SpeechRenderer(std::filesystem::path folder, std::vector<std::string> command)
    : m_folder(std::move(folder)), m_command(std::move(command)),
      m_thread(start_without_signals([this] { work(); })) {}

SpeechRenderer::~SpeechRenderer() {
  {
    const std::lock_guard lock(m_mutex);
    m_stop = true;
    if (m_child > 0) {
      // A speech program that hangs must not hold knead's exit: the phrase it was
      // rendering is not needed any more.
      ::kill(-m_child, SIGKILL);
    }
  }
  m_changed.notify_all();
  m_thread.join();
}

void SpeechRenderer::render(const std::vector<std::string> &phrases) {
  {
    const std::lock_guard lock(m_mutex);
    for (const auto &phrase : phrases) {
      if (!phrase.empty() && m_asked.insert(phrase).second) {
        m_todo.push_back(phrase);
      }
    }
  }
  m_changed.notify_all();
}

std::optional<Rendered> SpeechRenderer::find(const std::string &phrase) const {
  const std::lock_guard lock(m_mutex);
  const auto found = m_done.find(phrase);
  if (found == m_done.end()) {
    return std::nullopt;
  }
  return found->second;
}

std::size_t SpeechRenderer::waiting() const {
  const std::lock_guard lock(m_mutex);
  return m_todo.size() + (m_busy ? 1 : 0);
}

bool SpeechRenderer::wait_idle(std::chrono::milliseconds limit) const {
  std::unique_lock lock(m_mutex);
  return m_changed.wait_for(lock, limit, [this] { return m_stop || (m_todo.empty() && !m_busy); });
}

void SpeechRenderer::work() {
  std::string key_prefix;
  for (const auto &arg : m_command) {
    key_prefix += arg + '\n';
  }
  for (;;) {
    std::string phrase;
    {
      std::unique_lock lock(m_mutex);
      m_changed.wait(lock, [this] { return m_stop || !m_todo.empty(); });
      if (m_stop) {
        return;
      }
      phrase = std::move(m_todo.front());
      m_todo.pop_front();
      m_busy = true;
    }
    const auto path = speech_file(m_folder, key_prefix + phrase);
    auto length = voice::wav_file_length(path);
    if (!length) {
      // Into a file of this process first: a half-written file is never played, and
      // two sessions rendering the same phrase do not write into each other's.
      auto temporary = path;
      temporary += "." + std::to_string(::getpid());
      const auto result = process::run(
          voice::fill_template(m_command, phrase, temporary.string()), true, true, [this](int pid) {
            const std::lock_guard lock(m_mutex);
            m_child = pid;
            if (m_stop && pid > 0) {
              ::kill(-pid, SIGKILL); // started just as the session ended
            }
          });
      std::error_code error;
      if (result && result->exit_code == 0 && voice::wav_file_length(temporary)) {
        std::filesystem::rename(temporary, path, error);
        length = voice::wav_file_length(path);
      } else {
        std::filesystem::remove(temporary, error);
      }
    }
    {
      const std::lock_guard lock(m_mutex);
      if (length) {
        m_done[phrase] = Rendered{path, *length};
      }
      m_busy = false;
    }
    m_changed.notify_all();
  }
}

} // namespace knead::ui
