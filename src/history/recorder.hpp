#pragma once

#include "history/record.hpp"
#include "history/store.hpp"
#include "session/event.hpp"
#include "session/plan.hpp"
#include "util/output.hpp"

#include <filesystem>
#include <optional>

namespace knead::history {

// Records one session into the history without ever standing in its way. Any
// failure (the file cannot be created, the disk is full, the database stays
// locked) gives one warning to `warn`, naming the file and the reason,
// and turns the recorder off; the session goes on and its exit code is untouched.
//
// As an EventSink it writes each step as it ends, so a session cut short keeps
// what was done; a kill -9 leaves the `running` row, read back as `abandoned`.
class Recorder final : public session::EventSink {
public:
  // Records into `path`; an empty path means default_history_path(), found when
  // first needed (so a missing HOME is a warning too). Without a path at all
  // (std::nullopt, `--no-history`) it records nothing and says nothing.
  Recorder(std::optional<std::filesystem::path> path, WallClock clock, WarningSink warn);

  // Writes the `running` row and the steps screening skipped.
  void begin(const session::Plan &plan, const SessionStart &start);
  // Records a session that screening stopped: no steps.
  void stopped(const SessionStart &start);
  void on_event(const session::Event &event) override;
  // Ends the row: outcome, end time, total time, the step cut short if any.
  void finish(session::Outcome outcome);
  void pain_after(std::optional<int> pain);

  // Whether a warning was printed (the history of this session is incomplete).
  [[nodiscard]] bool failed() const { return m_failed; }

private:
  struct CurrentStep {
    int number = 0;
    std::chrono::milliseconds started{0};
  };

  // Runs `work` on the store (opening it first), or does nothing once failed.
  void attempt(const std::function<void(Store &)> &work);
  StepRecord step_record(int number, std::chrono::milliseconds actual) const;
  int active_seconds() const;

  std::optional<std::filesystem::path> m_path;
  WallClock m_clock;
  WarningSink m_warn;
  std::optional<Store> m_store;
  bool m_failed = false;
  std::optional<std::int64_t> m_session;
  session::Plan m_plan;
  std::optional<CurrentStep> m_current;
  std::chrono::milliseconds m_last_t{0};
};

// What the history keeps of a session's start: the routine (id, title, content
// hash), the pain before, the screening outcome word and answers, this process.
SessionStart make_session_start(const routine::Routine &routine, std::optional<int> pain_before,
                                std::string screening, Answers answers);

} // namespace knead::history
