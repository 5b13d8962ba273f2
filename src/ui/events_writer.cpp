#include "ui/events_writer.hpp"

#include "util/error.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace knead::ui {

std::string format_event_json(const session::Event &event) {
  json::Object object;
  object.add("event", to_string(event.kind))
      .add("step", event.step)
      .add("title", event.title)
      .add("side", routine::to_string(event.side))
      .add("t_ms", std::int64_t{event.t.count()})
      .add("wall_ms", std::int64_t{event.wall.count()});
  if (event.kind == session::EventKind::cue) {
    object.add("kind", event.cue).add("player", event.player);
  }
  if (const auto reason = session::reason_word(event); !reason.empty()) {
    object.add("reason", reason);
  }
  if (!event.text.empty()) {
    object.add("text", event.text);
  }
  if (event.rep > 0) {
    object.add("rep", event.rep);
  }
  if (event.duration.count() > 0) {
    object.add("duration_ms", std::int64_t{event.duration.count()});
  }
  if (event.kind == session::EventKind::adjusted) {
    object.add("adjust_ms", std::int64_t{event.adjust.count()});
  }
  if (event.kind == session::EventKind::session_end) {
    object.add("paused_ms", std::int64_t{event.paused.count()});
  }
  return object.str();
}

std::string format_screening_stop_json(std::string_view tier, const std::vector<std::string> &ids) {
  return json::Object()
      .add("event", "screening_stop")
      .add("tier", tier)
      .add_raw("ids", json::string_array(ids))
      .str();
}

EventsWriter::EventsWriter(const std::string &path, Output &out) : m_out(out), m_path(path) {
  if (path == "-") {
    return;
  }
  // Opened without blocking: a FIFO nobody reads yet would hold a blocking open()
  // before the first question, for ever. Its reader gets a few seconds to come (a
  // script may start it just after knead), then the run ends with why.
  const auto until = std::chrono::steady_clock::now() + k_reader_wait;
  int fd = -1;
  while ((fd = ::open(path.c_str(),
                      O_WRONLY | O_CREAT | O_TRUNC | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0666)) <
             0 &&
         errno == ENXIO && std::chrono::steady_clock::now() < until) {
    ::poll(nullptr, 0, 50);
  }
  if (fd < 0) {
    // run_app prints the message sanitised, path and all.
    if (errno == ENXIO) {
      throw Error(fmt::format("cannot write the events file {}: it is a FIFO and nothing read it "
                              "within {} seconds; start its reader first",
                              path, k_reader_wait.count()));
    }
    throw Error(fmt::format("cannot write the events file {}: {}", path, std::strerror(errno)));
  }
  // Written without blocking (write_line), as opened: a FIFO whose reader does not
  // read must not stop the timer, the keys or the signals.
  m_file = ::fdopen(fd, "w");
  if (m_file == nullptr) {
    const int error = errno;
    ::close(fd);
    throw Error(fmt::format("cannot write the events file {}: {}", path, std::strerror(error)));
  }
}

EventsWriter::~EventsWriter() {
  if (m_file == nullptr) {
    return;
  }
  drain();
  std::fclose(m_file);
}

void EventsWriter::drain() {
  if (m_file == nullptr) {
    return;
  }
  // What is still waiting for a slow reader gets a moment, never more.
  const auto until = std::chrono::steady_clock::now() + k_last_wait;
  while (!m_failed && !m_pending.empty()) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        until - std::chrono::steady_clock::now());
    pollfd target{::fileno(m_file), POLLOUT, 0};
    if (left.count() <= 0 || ::poll(&target, 1, static_cast<int>(left.count())) <= 0) {
      break;
    }
    send_pending();
  }
  if (!m_failed && !m_pending.empty()) {
    fail(Text("its reader is not reading"));
  }
}

void EventsWriter::on_event(const session::Event &event) {
  write_line(format_event_json(event));
}

void EventsWriter::screening_stop(std::string_view tier, const std::vector<std::string> &ids) {
  write_line(format_screening_stop_json(tier, ids));
}

void EventsWriter::write_line(const std::string &json) {
  const auto line = json + "\n";
  if (m_file == nullptr) {
    m_out.print_json(line);
    m_out.flush();
  } else {
    if (m_failed) {
      return;
    }
    const auto rendered = m_out.render_json(line);
    if (m_pending.size() + rendered.size() > k_pending_limit) {
      // A reader that stopped reading: the session goes on without it.
      fail(Text::format("its reader is not reading ({} KiB waiting)", k_pending_limit / 1024));
      return;
    }
    m_pending += rendered;
    send_pending();
  }
}

// Writes what the file takes now, keeping the rest for the next event.
void EventsWriter::send_pending() {
  const int fd = ::fileno(m_file);
  while (!m_pending.empty()) {
    const auto written = ::write(fd, m_pending.data(), m_pending.size());
    if (written > 0) {
      m_pending.erase(0, static_cast<std::size_t>(written));
    } else if (written < 0 && errno == EINTR) {
      continue;
    } else if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      return; // full: the reader is behind
    } else {
      // A full disk or /dev/full: one warning, the rest dropped, and exit 1 at the end
      // (run checks failed()), instead of a file cut mid-line that nobody hears about.
      fail(Text(Untrusted(std::strerror(written < 0 ? errno : ENOSPC))));
      return;
    }
  }
}

void EventsWriter::fail(const Text &why) {
  m_failed = true;
  m_pending.clear();
  m_out.warning(Text::format("cannot write the events file {}: {}; the rest of the events are "
                             "left out",
                             Untrusted(m_path), why));
}

} // namespace knead::ui
