#include "voice/chime.hpp"

#include "voice/wav.hpp"

#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

namespace knead::voice {

using session::EventKind;

const char *to_string(Chime chime) {
  switch (chime) {
  case Chime::step_start:
    return "step_start";
  case Chime::side_switch:
    return "side_switch";
  case Chime::release:
    return "release";
  case Chime::tick:
    return "tick";
  case Chime::skin:
    return "skin";
  case Chime::end:
    return "end";
  }
  return "step_start";
}

std::optional<Chime> chime_for(const session::Event &event) {
  switch (event.kind) {
  case EventKind::step_start:
    return Chime::step_start;
  case EventKind::side_switch:
    return Chime::side_switch;
  case EventKind::release:
    return Chime::release;
  case EventKind::rep:
    return Chime::tick;
  case EventKind::skin_check:
  case EventKind::skin_limit:
    return Chime::skin;
  case EventKind::session_end:
    return Chime::end;
  default:
    return std::nullopt;
  }
}

namespace {

constexpr int k_rate = 22'050;

struct Note {
  double hertz;
  double seconds;
  double loudness; // 0..1 of full scale
};

// Each note: a sine with its octave a little under it (a bell-like tone), a 5 ms
// attack so it does not click, and an exponential decay.
void add_note(std::vector<std::int16_t> &samples, const Note &note) {
  const auto count = static_cast<std::size_t>(note.seconds * k_rate);
  const double attack = 0.005 * k_rate;
  for (std::size_t i = 0; i < count; ++i) {
    const double t = static_cast<double>(i) / k_rate;
    const double rise = std::min(1.0, static_cast<double>(i) / attack);
    const double decay = std::exp(-4.0 * t / note.seconds);
    const double wave = std::sin(2 * std::numbers::pi * note.hertz * t) +
                        0.3 * std::sin(4 * std::numbers::pi * note.hertz * t);
    const double value = note.loudness * rise * decay * wave / 1.3;
    samples.push_back(static_cast<std::int16_t>(value * 32'000));
  }
}

std::vector<Note> notes_of(Chime chime) {
  switch (chime) {
  case Chime::step_start:
    return {{523.25, 0.15, 0.5}, {659.25, 0.35, 0.5}}; // C5 E5
  case Chime::side_switch:
    return {{783.99, 0.15, 0.5}, {587.33, 0.35, 0.5}}; // G5 D5
  case Chime::release:
    return {{392.00, 0.7, 0.45}}; // G4, long
  case Chime::tick:
    return {{1'760.0, 0.04, 0.25}}; // A6, very short and soft
  case Chime::skin:
    return {{1'046.5, 0.1, 0.45}, {1'046.5, 0.1, 0.45}, {1'046.5, 0.2, 0.45}}; // C6 x3
  case Chime::end:
    return {{523.25, 0.2, 0.5}, {659.25, 0.2, 0.5}, {783.99, 0.8, 0.5}}; // C5 E5 G5
  }
  return {};
}

} // namespace

std::string chime_wav(Chime chime) {
  std::vector<std::int16_t> samples;
  for (const auto &note : notes_of(chime)) {
    add_note(samples, note);
  }
  return wav_bytes(samples, k_rate);
}

} // namespace knead::voice
