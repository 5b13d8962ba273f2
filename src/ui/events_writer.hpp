#pragma once

#include "session/event.hpp"
#include "util/output.hpp"

#include <chrono>
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

// `--events FILE|-`: JSON Lines, written after every event so a reader following the
// file (or a killed session) sees each one as it happens. A file is written without
// blocking: what a FIFO's reader has not taken yet waits, bounded, for the next event. Written as
// `out` writes JSON: where the terminal takes no UTF-8, in ASCII (\uXXXX), in the file too.
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
  // Waits up to k_last_wait for a slow reader to take the lines still waiting; what is
  // left then is given up as a failed write. Call at the session's end (the destructor
  // does too).
  void drain();
  // Whether a write to the file failed (after one warning, the rest were left out).
  [[nodiscard]] bool failed() const { return m_failed; }

  // Lines a slow reader has not taken yet are kept up to this much; beyond it the
  // events file is given up (one warning, exit 1 at the end), never waited for.
  static constexpr std::size_t k_pending_limit = std::size_t{256} * 1024;
  // How long the end waits for such a reader to take what is left.
  static constexpr std::chrono::milliseconds k_last_wait{1'000};
  // How long a FIFO may wait for its reader at the start before the run ends.
  static constexpr std::chrono::seconds k_reader_wait{5};

private:
  void write_line(const std::string &json);
  void send_pending();
  void fail(const Text &why);
  Output &m_out;
  std::string m_path;
  std::FILE *m_file = nullptr; // none for stdout; written through its descriptor
  std::string m_pending;       // rendered lines the file did not take yet
  bool m_failed = false;
};

} // namespace knead::ui
