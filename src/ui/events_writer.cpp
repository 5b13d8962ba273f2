#include "ui/events_writer.hpp"

#include "util/error.hpp"
#include "util/json.hpp"
#include "util/sanitize.hpp"

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
  if (!event.reason.empty()) {
    object.add("reason", event.reason);
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

EventsWriter::EventsWriter(const std::string &path) {
  if (path == "-") {
    m_file = stdout;
    return;
  }
  m_file = std::fopen(path.c_str(), "w");
  if (m_file == nullptr) {
    throw Error(fmt::format("cannot write the events file {}: {}", sanitize_for_terminal(path),
                            std::strerror(errno)));
  }
  m_owned = true;
}

EventsWriter::~EventsWriter() {
  if (m_owned) {
    std::fclose(m_file);
  }
}

void EventsWriter::on_event(const session::Event &event) {
  fmt::print(m_file, "{}\n", format_event_json(event));
  std::fflush(m_file);
}

} // namespace knead::ui
