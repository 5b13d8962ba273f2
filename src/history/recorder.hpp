#pragma once

#include "history/record.hpp"
#include "history/store.hpp"
#include "history/working_time.hpp"
#include "session/event.hpp"
#include "session/plan.hpp"
#include "util/output.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace knead::history {

// How the recorder waits for the history's lock, and a test seam.
struct RecorderOptions {
  // During the session: short, because the session loop waits with it, and a write
  // that fails is made again with the next step's.
  std::chrono::milliseconds busy_timeout{250};
  // The last write (the outcome), which has no later one to catch up: long enough to
  // outlast another session's write or a reader's transaction.
  std::chrono::milliseconds final_busy_timeout{2000};
  // Called before each write; a test makes a write fail by throwing from it.
  std::function<void()> before_write;
};

// Records one session into the history without ever standing in its way.
//
// As an EventSink it writes each step as it ends, so a session cut short keeps
// what was done; a kill -9 leaves the `running` row, read back as `abandoned`.
// A write that fails (the database locked by another process for longer than the
// busy timeout, a moment of a full disk) is not lost: what it would have written
// stays pending, and the next write (the next step, the end) writes everything
// pending in one transaction, the `running` row included. Only when the session's
// last write fails too is there one warning to `warn`, naming the file and the
// reason; then the recorder stops trying. The session and its exit code are never
// touched.
class Recorder final : public session::EventSink {
public:
  // Records into `path`; an empty path means default_history_path(), found when
  // first needed (so a missing HOME is a warning too). Without a path at all
  // (std::nullopt, `--no-history`) it records nothing and says nothing.
  Recorder(std::optional<std::filesystem::path> path, WallClock clock, WarningSink warn,
           RecorderOptions options = {});

  // Writes the `running` row (with the plan's step count and planned working time)
  // and the steps screening skipped.
  void begin(const session::Plan &plan, const SessionStart &start);
  // Records a session that screening stopped: no steps.
  void stopped(const SessionStart &start);
  void on_event(const session::Event &event) override;
  // Ends the row: outcome, end time, total time, the step cut short if any.
  void finish(session::Outcome outcome);
  void pain_after(std::optional<int> pain);
  // The note the person gave at the end (an empty one is none).
  void note(const std::string &text);
  // The advice the person was given after the session (an empty one is none).
  void advice(const std::string &text);

  // Whether a warning was printed (the history of this session is incomplete).
  [[nodiscard]] bool failed() const { return m_failed; }

private:
  struct CurrentStep {
    int number = 0;
    std::chrono::milliseconds started{0};
  };
  struct Ending {
    session::Outcome outcome = session::Outcome::completed;
    std::vector<StepRecord> cut_short;
    TimePoint at;
  };

  // Opens the store when needed and runs `work` on it, waiting at most `busy` for the
  // lock; false (the reason in m_problem) when it failed, or once the recorder gave up.
  bool with_store(std::chrono::milliseconds busy, const std::function<void(Store &)> &work);
  // Writes everything pending in one transaction, waiting at most `busy` for the
  // lock; true when nothing is pending any more. A failure keeps it all pending.
  bool write_pending(std::chrono::milliseconds busy);
  // write_pending() for the last time: a failure is the one warning.
  void write_last();
  // The one warning, after which the recorder stops trying.
  void warn();
  StepRecord step_record(int number, std::chrono::milliseconds actual) const;
  int active_seconds() const;
  int working_seconds() const;

  std::optional<std::filesystem::path> m_path;
  WallClock m_clock;
  WarningSink m_warn;
  RecorderOptions m_options;
  std::optional<Store> m_store;
  bool m_failed = false;
  std::string m_problem; // why the last write failed
  session::Plan m_plan;
  std::optional<CurrentStep> m_current;
  std::chrono::milliseconds m_last_t{0};

  // What is written, and what is still to write.
  std::optional<std::int64_t> m_session; // the row, once written
  std::optional<SessionStart> m_start;   // the row to write, with its start time
  TimePoint m_started_at;
  std::map<int, StepRecord> m_steps; // steps to write (or rewrite)
  std::optional<Ending> m_ending;    // the outcome to write
  std::optional<std::optional<int>> m_pain_after;
  std::optional<std::string> m_note;
  std::optional<std::string> m_advice;
  WorkingTime m_working; // working time, from the events
};

// What the history keeps of a session's start: the routine (id, title, content
// hash), the pain before, the screening outcome word and answers, this process.
SessionStart make_session_start(const routine::Routine &routine, std::optional<int> pain_before,
                                std::string screening, Answers answers);

} // namespace knead::history
