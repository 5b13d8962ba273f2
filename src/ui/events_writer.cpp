#include "ui/events_writer.hpp"

#include "util/error.hpp"
#include "util/sanitize.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

namespace knead::ui {

namespace {

std::string json_string(std::string_view raw) {
  const auto text = sanitize_for_terminal(raw);
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    default:
      // sanitize_for_terminal has already replaced every control character.
      out += c;
    }
  }
  out += '"';
  return out;
}

} // namespace

std::string format_event_json(const session::Event &event) {
  std::string out =
      fmt::format(R"({{"event":"{}","step":{},"title":{},"side":"{}","t_ms":{},)"
                  R"("wall_ms":{})",
                  to_string(event.kind), event.step, json_string(event.title),
                  routine::to_string(event.side), event.t.count(), event.wall.count());
  if (!event.reason.empty()) {
    out += fmt::format(R"(,"reason":{})", json_string(event.reason));
  }
  if (!event.text.empty()) {
    out += fmt::format(R"(,"text":{})", json_string(event.text));
  }
  if (event.rep > 0) {
    out += fmt::format(R"(,"rep":{})", event.rep);
  }
  if (event.duration.count() > 0) {
    out += fmt::format(R"(,"duration_ms":{})", event.duration.count());
  }
  if (event.kind == session::EventKind::adjusted) {
    out += fmt::format(R"(,"adjust_ms":{})", event.adjust.count());
  }
  if (event.kind == session::EventKind::session_end) {
    out += fmt::format(R"(,"paused_ms":{})", event.paused.count());
  }
  out += '}';
  return out;
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
