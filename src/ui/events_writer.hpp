#pragma once

#include "session/event.hpp"
#include "util/output.hpp"

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace knead::ui {

// One JSON object for `event`, without a newline: event, step, title, side, t_ms,
// wall_ms, and reason, text, rep, duration_ms, adjust_ms, paused_ms when they apply.
// Text goes through json::quote (sanitised, then escaped). Pure.
std::string format_event_json(const session::Event &event);

// The one event of a session that screening stopped, before any step:
// {"event":"screening_stop","tier":"stop-emergency","ids":["both_legs"]}. `tier` is
// the outcome word (docs/safety.md), `ids` the questions that stopped it. Pure.
std::string format_screening_stop_json(std::string_view tier, const std::vector<std::string> &ids);

// `--events FILE|-`: JSON Lines, flushed after every event so a reader following the
// file (or a killed session) sees each one as it happens. Written as `out` writes
// JSON: where the terminal takes no UTF-8, in ASCII (\uXXXX), in the file too.
class EventsWriter final : public session::EventSink {
public:
  // Opens `path` for writing ("-" is stdout, through `out`); throws knead::Error when
  // it cannot.
  EventsWriter(const std::string &path, Output &out);
  EventsWriter(const EventsWriter &) = delete;
  EventsWriter &operator=(const EventsWriter &) = delete;
  EventsWriter(EventsWriter &&) = delete;
  EventsWriter &operator=(EventsWriter &&) = delete;
  ~EventsWriter() override;
  void on_event(const session::Event &event) override;
  // Writes format_screening_stop_json(tier, ids) as a line.
  void screening_stop(std::string_view tier, const std::vector<std::string> &ids);
  // Whether a write to the file failed (after one warning, the rest were left out).
  [[nodiscard]] bool failed() const { return m_failed; }

private:
  void write_line(const std::string &json);
  Output &m_out;
  std::string m_path;
  std::FILE *m_file = nullptr; // none for stdout
  bool m_failed = false;
};

} // namespace knead::ui
