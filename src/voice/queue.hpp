#pragma once

#include "voice/script.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace knead::voice {

// How long the speech of a line lasts, in real time: its full and its short form
// (nothing when there is no short form).
struct Lengths {
  Ms full{0};
  std::optional<Ms> brief;
};

// The rules of speech, as pure logic on session time (tested on a virtual clock):
// - one line at a time: speech never overlaps itself;
// - a moment ("Release slowly") starts at its time, before any reading waiting;
// - a reading starts only when it ends before the next moment (a moment waiting in
//   the queue, or the next phase end the caller knows of); if it does not fit, its
//   short form is said when that fits; otherwise it is moved: it waits until after
//   the next moment and is tried again, in its order;
// - a moment that could not start within k_stale_after of its time (real time)
//   while a later moment is also due is dropped: the person hears what is now;
// - lines inside a phase ("Halfway") move with pauses and +/-15 s and go when
//   their phase ends first; readings go when their step is left.
class SpeechQueue {
public:
  // A moment later than this, when a later moment is due too, is not said.
  static constexpr Ms k_stale_after{3'000};
  // Room left between the end of a reading and the next moment, in real time.
  static constexpr Ms k_margin{250};

  // `measure` gives a line's lengths when it is about to start (a phrase rendered
  // since it was added knows its length by then); without it, those given to add().
  using Measure = std::function<Lengths(const Line &)>;
  explicit SpeechQueue(double speed = 1.0, Measure measure = {})
      : m_speed(speed), m_measure(std::move(measure)) {}

  void add(Line line, Lengths lengths);

  struct Start {
    Line line;
    bool brief = false; // the short form is to be said
    Ms length{0};       // how long it will speak, in real time
  };
  // What to start at session time `now`, when nothing is speaking. `next_moment` is
  // the next phase end the caller knows of (nothing while a prompt waits).
  std::optional<Start> take(Ms now, std::optional<Ms> next_moment);

  // When a line next becomes due (to wake for it), nothing when none waits.
  [[nodiscard]] std::optional<Ms> next_due() const;
  [[nodiscard]] bool empty() const { return m_pending.empty(); }
  [[nodiscard]] std::size_t size() const { return m_pending.size(); }

  // Lines inside the current phase move by `by` (a pause's length, +/-15 s).
  void shift_phase(Ms by);
  // While paused, lines inside the phase wait (and are moved by the pause's length on
  // resume, by the caller); everything else is said as usual.
  void set_paused(bool paused) { m_paused = paused; }
  // The phase ended: the lines inside it that were not said go.
  void end_phase();
  // A step (or the session) is now `step`: what is left of other steps goes.
  void enter_step(int step);
  // Lines the queue dropped since the last call, for the record.
  std::vector<Line> take_dropped();

private:
  struct Pending {
    Line line;
    Lengths lengths;
    std::size_t sequence = 0;
    std::optional<Ms> not_before; // a moved reading waits until after this moment
  };
  [[nodiscard]] Ms session_length(Ms real) const;
  [[nodiscard]] std::optional<Ms> due_at(const Pending &pending) const;
  [[nodiscard]] std::optional<Ms> next_moment_after(Ms now) const;
  void drop_if(const auto &condition);

  double m_speed;
  Measure m_measure;
  bool m_paused = false;
  std::vector<Pending> m_pending;
  std::vector<Line> m_dropped;
  std::size_t m_sequence = 0;
};

} // namespace knead::voice
