#include "ui/events_writer.hpp"

#include "util/error.hpp"
#include "util/json.hpp"

#include <fmt/format.h>

#include <cerrno>
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
  m_file = std::fopen(path.c_str(), "w");
  if (m_file == nullptr) {
    // run_app prints the message sanitised, path and all.
    throw Error(fmt::format("cannot write the events file {}: {}", path, std::strerror(errno)));
  }
}

EventsWriter::~EventsWriter() {
  if (m_file != nullptr) {
    std::fclose(m_file);
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
    // A full disk or /dev/full: one warning, the rest dropped, and exit 1 at the end
    // (run checks failed()), instead of a file cut mid-line that nobody hears about.
    if (std::fputs(m_out.render_json(line).c_str(), m_file) == EOF || std::fflush(m_file) != 0) {
      m_failed = true;
      m_out.warning(Text::format("cannot write the events file {}: {}; the rest of the events "
                                 "are left out",
                                 Untrusted(m_path), Untrusted(std::strerror(errno))));
    }
  }
}

} // namespace knead::ui
