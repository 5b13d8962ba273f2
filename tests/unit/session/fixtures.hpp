#pragma once

#include "routine/model.hpp"
#include "session/clock.hpp"
#include "session/engine.hpp"
#include "session/event.hpp"

#include <string>
#include <vector>

namespace knead::test {

// The built-in lower-back routine, written out by hand so the engine tests do not
// depend on the loader: three 10 s + 2 m + 30 s steps, then 15 m of ice behind a
// `before` prompt. 23 minutes in all.
routine::Routine lower_back();

// A short routine that has every phase kind: "A" left-then-right (press 10, hold 20,
// release 10 per side), "B" 3 reps of 5 s then a 5 s release, "C" ice (60 s) behind
// a `before` prompt. 160 s in all.
routine::Routine every_phase();

// Keeps every event, and renders them as "t kind step" lines for exact assertions.
class Recorder final : public session::EventSink {
public:
  void on_event(const session::Event &event) override { events.push_back(event); }
  [[nodiscard]] std::vector<std::string> lines() const;
  [[nodiscard]] std::vector<std::string> kinds(session::EventKind kind) const;
  std::vector<session::Event> events;
};

// An engine on a virtual clock with a recorder.
struct Harness {
  explicit Harness(const routine::Routine &routine, session::EngineOptions options = {});
  // Advances the clock to `seconds` after the start, carrying out each deadline.
  void run_to(double seconds);
  // Runs to the end, confirming every prompt at once.
  void run_to_end();
  [[nodiscard]] std::optional<double> deadline_s() const;

  session::VirtualClock clock;
  Recorder recorder;
  session::Engine engine;
};

} // namespace knead::test
